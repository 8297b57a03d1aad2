import type { ActionResult } from "@/lib/action-result";

export type FixStep = "condition" | "personal" | "attachments" | "pledge";

export const FIX_LABEL = {
  condition: "fixCondition",
  personal: "fixPersonal",
  attachments: "fixAttachments",
  pledge: "fixPledge",
} as const;

/**
 * Issue 16 item 5: which wizard steps can fix a refusal. Eligibility (附件1) is fixed by another
 * condition or by the education and occupation entered; missing data and files by their steps.
 */
export function stepsToFix(failed: ActionResult<unknown> | null, current: string | null): FixStep[] {
  if (!failed || failed.ok) return [];
  const e = failed.fieldErrors;
  const steps: FixStep[] = [];
  if (e.eligibility || e.conditionCode) steps.push("condition");
  if (e.eligibility || e.occupation || e.major || failed.formError?.key === "errors.application.personalMissing")
    steps.push("personal");
  if (e.attachments) steps.push("attachments");
  if (e.pledge) steps.push("pledge");
  return steps.filter((s) => s !== current);
}
