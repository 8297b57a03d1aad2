import { AppError } from "@/lib/app-error";
import { requireInstitution } from "@/lib/server/auth/session";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { errorResponse } from "@/lib/server/http/json";
import { archiveTusServer, setArchiveAsker } from "@/lib/server/institution/archive/tus";

export const dynamic = "force-dynamic";

/**
 * tus 1.0 for resumable archives (ADR 108): POST creates an upload, HEAD tells the offset the
 * server holds, PATCH appends one piece (at most ARCHIVE_CHUNK_BYTES, within the one request cap).
 * The session is checked here; tus' hooks then check that the upload belongs to the asker's
 * institution (lib/server/institution/archive/tus.ts). No GET: the bytes never go back out.
 */
async function handle(request: Request): Promise<Response> {
  try {
    // A same-origin HEAD carries no Origin; it changes nothing and only answers for one's own upload.
    if (request.method !== "HEAD") assertSameOrigin(request);
    setArchiveAsker(request, await requireInstitution());
  } catch (error) {
    if (!(error instanceof AppError)) throw error; // Next's redirect to the second-factor page
    return errorResponse(error);
  }
  return archiveTusServer().handleWeb(request);
}

export const POST = handle;
export const PATCH = handle;
export const HEAD = handle;
