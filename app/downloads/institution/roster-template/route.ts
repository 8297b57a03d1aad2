import { requireInstitution } from "@/lib/server/auth/session";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { XLSX_MIME, rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";

export const dynamic = "force-dynamic";

/** GET: the roster template (四(一)2) with the signed-in institution's projects. Session and scope checked here. */
export async function GET() {
  try {
    const actor = await requireInstitution();
    const { bytes, fileName } = await rosterTemplate(actor);
    return fileResponse(bytes, XLSX_MIME, fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
