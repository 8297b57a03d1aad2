import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { requireInstitution } from "@/lib/server/auth/session";
import { baseUrlOf, fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { batchTicketsPdf } from "@/lib/server/institution/tickets/batch-tickets";

export const dynamic = "force-dynamic";

/** GET: every ticket of the institution's confirmed candidates in a plan, one PDF (六). Plans outside its projects are 404. */
export async function GET(request: Request, { params }: { params: Promise<{ planId: string }> }) {
  try {
    const actor = await requireInstitution();
    const { planId } = await params;
    const { pdf, fileName } = await batchTicketsPdf(actor, planId, shanghaiDate(now()), baseUrlOf(request));
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
