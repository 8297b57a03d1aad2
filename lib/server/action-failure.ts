import "server-only";
import { fail, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";

/** Step 3 of every action (style.md): an AppError becomes the form's error; anything else is a bug and propagates. */
export function actionFailure(error: unknown, values: Record<string, string> = {}): ActionResult<never> {
  if (error instanceof AppError) return fail(error.messageKey, error.fieldErrors, values);
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
