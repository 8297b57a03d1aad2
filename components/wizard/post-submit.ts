import { fail, type ActionResult } from "@/lib/action-result";
import type { SubmitOutcome } from "@/lib/server/applications/submit-application";

/**
 * The final 提交 from a browser with JavaScript: POST /api/applications/<id>/submit, which runs
 * the same use case as `submitApplicationAction` and answers the same result (ADR 053). A lost
 * connection or an answer that is not one is the generic error: the draft is unchanged, so
 * pressing again is safe (a submit that did land answers "already submitted").
 */
export async function postSubmit(applicationId: string): Promise<ActionResult<SubmitOutcome>> {
  try {
    const response = await fetch(`/api/applications/${encodeURIComponent(applicationId)}/submit`, {
      method: "POST",
      cache: "no-store",
    });
    const result = (await response.json()) as ActionResult<SubmitOutcome>;
    return typeof result === "object" && result !== null && "ok" in result ? result : fail("errors.generic");
  } catch {
    return fail("errors.network");
  }
}
