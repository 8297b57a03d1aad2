import { unstable_rethrow } from "next/navigation";
import { requireActor } from "@/lib/server/auth/session";
import { getCollectionFormPdf } from "@/lib/server/certificates/collection-form";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/**
 * GET ?plan=&institution=: 《四川核发专项职业能力证书登记表》 pre-filled (九). The use case lets
 * the exam officer and the institution itself (its own only) download it.
 */
export async function GET(request: Request) {
  try {
    const actor = await requireActor();
    const url = new URL(request.url);
    const { pdf, fileName } = await getCollectionFormPdf(
      actor,
      url.searchParams.get("plan") ?? "",
      url.searchParams.get("institution") ?? "",
    );
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    unstable_rethrow(error); // requireRole redirects staff without a second factor to enroll
    return errorResponse(error);
  }
}
