import { requireInstitution } from "@/lib/server/auth/session";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { institutionRosterPdf } from "@/lib/server/institution/documents/roster-pdf";

export const dynamic = "force-dynamic";

/** GET: 考核人员花名册 PDF of the institution's submitted candidates in one batch (四(一)2, issue 13 item 7). */
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  try {
    const actor = await requireInstitution();
    const { batchId } = await params;
    const { pdf, fileName } = await institutionRosterPdf(actor, batchId);
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
