import { requireInstitution } from "@/lib/server/auth/session";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { institutionCollectionForm } from "@/lib/server/institution/results/collection-form";

export const dynamic = "force-dynamic";

/** GET: 《四川核发专项职业能力证书登记表》 of one of the institution's plans (九). */
export async function GET(_request: Request, { params }: { params: Promise<{ planId: string }> }) {
  try {
    const actor = await requireInstitution();
    const { planId } = await params;
    const { pdf, fileName } = await institutionCollectionForm(actor, planId);
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
