import { AppError } from "@/lib/app-error";
import { requireInstitution } from "@/lib/server/auth/session";
import { errorResponse, json } from "@/lib/server/http/json";
import { getArchiveStatus } from "@/lib/server/institution/archive/archive-status";

export const dynamic = "force-dynamic";

/** GET: where a resumable archive's background import stands (the attachments page polls it, ADR 108). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await requireInstitution();
    return json(await getArchiveStatus(actor, (await params).id));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return errorResponse(error);
  }
}
