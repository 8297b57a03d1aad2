import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { HTTP_STATUS } from "@/lib/app-error";
import { knownFailure } from "@/lib/server/known-error";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { submitApplication, type SubmitOutcome } from "@/lib/server/applications/submit-application";
import { requireActor } from "@/lib/server/auth/session";
import { assertSameOrigin } from "@/lib/server/http/same-origin";

export const dynamic = "force-dynamic";

/**
 * POST /api/applications/<id>/submit: the final 提交 from a browser with JavaScript (ADR 053).
 * The same use case and the same result type as `submitApplicationAction`, which stays the form's
 * action without JavaScript; this path skips the page route and the locale proxy, which on a
 * registration morning cost more than the submit itself. Origin, session and ownership are
 * checked here as in every action.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  let result: ActionResult<SubmitOutcome>;
  let status = 200;
  try {
    assertSameOrigin(request);
    const actor = await requireActor();
    const { id } = await params;
    const at = now();
    result = succeed(await submitApplication(actor, id, shanghaiDate(at), at));
  } catch (error) {
    const known = knownFailure(error);
    if (!known) {
      console.error("[api] submit failed", error instanceof Error ? error.message : "unknown");
      return Response.json(fail("errors.generic"), { status: 500, headers: NO_STORE });
    }
    result = fail(known.failure, known.fieldErrors);
    status = HTTP_STATUS[known.code];
  }
  return Response.json(result, { status, headers: NO_STORE });
}

// A result is a few hundred bytes: gzip would cost more than it saves, and `no-transform` is
// what tells Next's compression to leave it alone (a new deflate stream per answer, ADR 053).
const NO_STORE = { "Cache-Control": "no-store, no-transform" };
