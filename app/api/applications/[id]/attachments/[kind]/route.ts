import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { HTTP_STATUS } from "@/lib/app-error";
import { knownFailure } from "@/lib/server/known-error";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { HARD_CAP_BYTES } from "@/lib/domain/upload-rules";
import { assertAttachmentKind, attachFile } from "@/lib/server/applications/attach-file";
import { detachFile } from "@/lib/server/applications/detach-file";
import { readOwnAttachment } from "@/lib/server/applications/read-own-attachment";
import { requireActor } from "@/lib/server/auth/session";
import { fileResponse } from "@/lib/server/http/file-response";
import { BodyTooLarge, readBodyCapped } from "@/lib/server/http/read-body";
import { assertSameOrigin } from "@/lib/server/http/same-origin";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; kind: string }> };

/**
 * /api/applications/<id>/attachments/<KIND>: the phone upload field's path (issue 16, ADR 092).
 * PUT takes the file as the raw body (so the browser reports upload progress and nothing parses
 * a multipart form), with its name in `X-File-Name` (URI-encoded); `?accepted=1` stores an image
 * the candidate chose as shown, without the server's auto-fit. The same use case as the upload
 * server action, which stays the form's action without JavaScript. GET answers the applicant's
 * own file for the preview (`?info=1`: its type, size and PDF page count); DELETE removes it.
 */
export async function PUT(request: Request, { params }: Params) {
  return answer(async () => {
    assertSameOrigin(request);
    const actor = await requireActor();
    const { id, kind } = await params;
    const attachmentKind = assertAttachmentKind(kind);
    let bytes: Uint8Array;
    try {
      bytes = await readBodyCapped(request, HARD_CAP_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLarge) return { result: fail("errors.upload.tooLarge"), status: 413 };
      throw error;
    }
    if (bytes.byteLength === 0) return { result: fail("errors.upload.noFile"), status: 400 };
    const name = fileNameOf(request.headers.get("x-file-name"));
    const accepted = new URL(request.url).searchParams.get("accepted") === "1";
    const outcome = await attachFile(actor, id, attachmentKind, { bytes, name }, { autoFit: !accepted }, shanghaiDate(now()));
    return { result: succeed(outcome) };
  });
}

export async function DELETE(request: Request, { params }: Params) {
  return answer(async () => {
    assertSameOrigin(request);
    const actor = await requireActor();
    const { id, kind } = await params;
    return { result: succeed(await detachFile(actor, id, assertAttachmentKind(kind), shanghaiDate(now()))) };
  });
}

export async function GET(request: Request, { params }: Params) {
  try {
    const actor = await requireActor();
    const { id, kind } = await params;
    const file = await readOwnAttachment(actor, id, assertAttachmentKind(kind));
    if (new URL(request.url).searchParams.get("info") === "1") {
      return Response.json({ mime: file.mime, size: file.size, pages: file.pages }, { headers: NO_STORE });
    }
    return fileResponse(file.bytes, file.mime, file.originalName);
  } catch (error) {
    // A refusal, or a database too busy to answer in time (503: the preview asks again), never a 500.
    const known = knownFailure(error);
    if (!known) throw error;
    return new Response(null, { status: HTTP_STATUS[known.code], headers: NO_STORE });
  }
}

async function answer(run: () => Promise<{ result: ActionResult<unknown>; status?: number }>): Promise<Response> {
  try {
    const { result, status = 200 } = await run();
    return Response.json(result, { status, headers: NO_STORE });
  } catch (error) {
    const known = knownFailure(error);
    if (!known) {
      console.error("[api] attachment failed", error instanceof Error ? error.message : "unknown");
      return Response.json(fail("errors.generic"), { status: 500, headers: NO_STORE });
    }
    return Response.json(fail(known.failure, known.fieldErrors), { status: HTTP_STATUS[known.code], headers: NO_STORE });
  }
}

function fileNameOf(header: string | null): string {
  if (!header) return "upload";
  try {
    return decodeURIComponent(header).slice(0, 200) || "upload";
  } catch {
    return "upload";
  }
}

const NO_STORE = { "Cache-Control": "no-store, no-transform" };
