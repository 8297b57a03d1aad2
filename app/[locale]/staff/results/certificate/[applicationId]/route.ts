import { unstable_rethrow } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getCertificatePdf } from "@/lib/server/certificates/get-certificate-pdf";
import { baseUrlOf, fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/** GET: an electronic certificate (九) for the exam officer, e.g. to reprint one at the desk. */
export async function GET(request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const { applicationId } = await params;
    const { pdf, fileName } = await getCertificatePdf(actor, applicationId, baseUrlOf(request));
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    unstable_rethrow(error); // requireRole redirects staff without a second factor to enroll
    return errorResponse(error);
  }
}
