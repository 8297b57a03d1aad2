import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole, type Actor } from "@/lib/server/auth/session";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";

/**
 * The exam officer's plan, seat and site actions, one way (style.md): the role first, then the
 * form's schema (ids included, ADR 141), one use case, the staff pages revalidated; an AppError
 * becomes the form's error with the values typed.
 */
export async function runOfficerAction<S extends z.ZodType, T>(
  names: readonly string[],
  formData: FormData,
  schema: S,
  call: (actor: Actor, input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const values = formValues(formData, names);
  let outcome: T;
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = schema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    outcome = await call(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(outcome);
}
