import "server-only";
import type { ActionResult } from "@/lib/action-result";
import { appErrorFailures } from "@/lib/app-error";
import { knownFailure } from "./known-error";

/**
 * Step 3 of every action (style.md): an AppError becomes the form's failures (its key and
 * parameters, its field errors) with the submitted values, a busy database a "try again" (ADR
 * 149, knownFailure); anything else is a bug and propagates.
 */
export function actionFailure(error: unknown, values: Record<string, string> = {}): ActionResult<never> {
  const known = knownFailure(error);
  if (known) return { ok: false, ...appErrorFailures(known), values };
  throw error;
}

export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => {
      const value = formData.get(name);
      return [name, typeof value === "string" ? value : ""];
    }),
  );
}

/**
 * A refusal of a form that lives inside another form's answer (the roster's submit under its
 * preview), with that answer rebuilt from the ids the form posted (ADR 148): a post without
 * JavaScript renders the page again, and only the action's answer reaches it. `rebuild` is a use
 * case that checks the asker owns what the ids name (someone else's: null).
 */
export async function refusalShowing<Shown>(
  refusal: ActionResult<never>,
  rebuild: () => Promise<Shown | null>,
): Promise<ActionResult<never, Shown>> {
  return refusal.ok ? refusal : { ...refusal, shown: await rebuild() };
}
