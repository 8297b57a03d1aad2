import { requireInstitution } from "@/lib/server/auth/session";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { institutionBatchCollectionForm } from "@/lib/server/institution/results/collection-form";

export const dynamic = "force-dynamic";

/** GET: one 《四川核发专项职业能力证书登记表》 for the institution's whole batch, every project (九, issue 13 item 2). */
export async function GET(_request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  try {
    const actor = await requireInstitution();
    const { batchId } = await params;
    const { pdf, fileName } = await institutionBatchCollectionForm(actor, batchId);
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
