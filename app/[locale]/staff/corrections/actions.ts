"use server";

import { revalidatePath } from "next/cache";
import { succeed, type ActionResult } from "@/lib/action-result";
import { actionFailure } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { decideCorrection } from "@/lib/server/rights/decide-correction";

/** Issue 11: the reviewer approves or rejects a correction after comparing the evidence. */
export async function decideCorrectionAction(
  id: string,
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  try {
    const actor = await requireRole("REVIEWER");
    const answer = formData.get("answer");
    await decideCorrection(actor, id, {
      approve: formData.get("decision") === "approve",
      answer: typeof answer === "string" ? answer : "",
    });
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/staff/corrections", "page");
  return succeed(undefined);
}
