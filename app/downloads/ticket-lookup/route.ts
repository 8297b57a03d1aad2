import { z } from "zod";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { realNameField } from "@/lib/schemas/account-schema";
import { idNumberField } from "@/lib/schemas/fields";
import { clientIp } from "@/lib/server/http/client-ip";
import { baseUrlOf, fileResponse } from "@/lib/server/http/file-response";
import { BodyTooLarge, bodyTooLargeResponse, readFormCapped } from "@/lib/server/http/read-body";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { lookupTicket } from "@/lib/server/tickets/lookup-ticket";

export const dynamic = "force-dynamic";

/** An ID number and a name: a form of well under 1 KB (issue 10: nothing bigger is read). */
const MAX_BODY_BYTES = 4 * 1024;

/**
 * The form's schema for one day (birth dates after `today` are refused), made once per day: a
 * zod object built per request prepares its parser again on every first parse (ADR 151).
 */
let formSchema: { today: string; schema: ReturnType<typeof lookupForm> } | null = null;
const lookupForm = (today: string) => z.object({ idNumber: idNumberField(today), name: realNameField });
function formSchemaFor(today: string) {
  if (formSchema?.today !== today) formSchema = { today, schema: lookupForm(today) };
  return formSchema.schema;
}

/**
 * POST only (ID numbers never travel in URLs): the public ticket lookup of 六. Any failure goes
 * back to the form with one generic message, whichever field was wrong.
 */
export async function POST(request: Request) {
  // A relative Location: behind a proxy the request's own host may not be the one the browser
  // used, and CSP form-action 'self' would block a redirect to another origin.
  const back = (error: string) => new Response(null, { status: 303, headers: { Location: `/ticket?error=${error}` } });
  try {
    assertSameOrigin(request);
    const form = await readFormCapped(request, MAX_BODY_BYTES);
    const at = now();
    const today = shanghaiDate(at);
    const parsed = formSchemaFor(today).safeParse({ idNumber: form.get("idNumber"), name: form.get("name") });
    if (!parsed.success) return back("lookupFailed");
    const { pdf } = await lookupTicket(
      parsed.data.idNumber,
      parsed.data.name,
      clientIp(request.headers),
      at,
      today,
      baseUrlOf(request),
    );
    return fileResponse(pdf, "application/pdf", "准考证.pdf");
  } catch (error) {
    if (error instanceof BodyTooLarge) return bodyTooLargeResponse(error.limitBytes);
    if (error instanceof AppError) return back(error.code === "RATE_LIMITED" ? "rateLimited" : "lookupFailed");
    throw error;
  }
}
