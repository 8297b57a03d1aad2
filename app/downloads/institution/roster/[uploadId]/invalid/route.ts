import { isLocale, routing } from "@/i18n/routing";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { requireInstitution } from "@/lib/server/auth/session";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { XLSX_MIME, invalidRowsWorkbook } from "@/lib/server/institution/roster/roster-downloads";

export const dynamic = "force-dynamic";

/**
 * GET: an upload's rows with problems and their reasons, as a roster to fix; another institution's
 * upload is 404. `?locale=en` (the page's language, ADR 154) says the reasons in English; Chinese otherwise.
 */
export async function GET(request: Request, { params }: { params: Promise<{ uploadId: string }> }) {
  try {
    const actor = await requireInstitution();
    const { uploadId } = await params;
    const asked = new URL(request.url).searchParams.get("locale");
    const locale = isLocale(asked) ? asked : routing.defaultLocale;
    const { bytes, fileName } = await invalidRowsWorkbook(actor, uploadId, shanghaiDate(now()), locale);
    return fileResponse(bytes, XLSX_MIME, fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
