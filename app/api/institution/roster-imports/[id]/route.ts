import { AppError } from "@/lib/app-error";
import { requireInstitution } from "@/lib/server/auth/session";
import { errorResponse, json } from "@/lib/server/http/json";
import { getRosterImportStatus } from "@/lib/server/institution/roster/roster-import-status";

export const dynamic = "force-dynamic";

/** GET: a resumable roster's preview once the background check has read it (the roster page polls it, ADR 117). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireInstitution();
    return json(await getRosterImportStatus(actor, (await params).id));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return errorResponse(error);
  }
}
