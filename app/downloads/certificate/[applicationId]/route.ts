import { requireActor } from "@/lib/server/auth/session";
import { getCertificatePdf } from "@/lib/server/certificates/get-certificate-pdf";
import { baseUrlOf, fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/** GET: the electronic certificate of one's own passed application (九). Session and ownership checked here. */
export async function GET(request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  try {
    const actor = await requireActor();
    const { applicationId } = await params;
    const { pdf, fileName } = await getCertificatePdf(actor, applicationId, baseUrlOf(request));
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
