import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { requireActor } from "@/lib/server/auth/session";
import { baseUrlOf, fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { getOwnTicketPdf } from "@/lib/server/tickets/get-own-ticket";

export const dynamic = "force-dynamic";

/** GET: the signed-in applicant's admission ticket (六). Session and ownership checked here. */
export async function GET(request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  try {
    const actor = await requireActor();
    const { applicationId } = await params;
    const { pdf, ticketNumber } = await getOwnTicketPdf(actor, applicationId, shanghaiDate(now()), baseUrlOf(request));
    return fileResponse(pdf, "application/pdf", `准考证-${ticketNumber}.pdf`);
  } catch (error) {
    return errorResponse(error);
  }
}
