import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { requireInstitution } from "@/lib/server/auth/session";
import { baseUrlOf, fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { wholeBatchTicketsPdf } from "@/lib/server/institution/tickets/batch-tickets";

export const dynamic = "force-dynamic";

/**
 * GET: every ticket of the institution's confirmed candidates in a batch, all projects, one PDF
 * sorted by project then name (六, issue 13 item 2); `?plan=` narrows it to one project.
 */
export async function GET(request: Request, { params }: { params: Promise<{ batchId: string }> }) {
  try {
    const actor = await requireInstitution();
    const { batchId } = await params;
    const plan = new URL(request.url).searchParams.get("plan");
    const { pdf, fileName } = await wholeBatchTicketsPdf(actor, batchId, shanghaiDate(now()), baseUrlOf(request), {
      ...(plan ? { planId: plan } : {}),
    });
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
