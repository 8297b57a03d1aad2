import "server-only";
import type { z } from "zod";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import type { MessageKey } from "@/lib/i18n/message-key";
import { actionFailure } from "@/lib/server/action-failure";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";

/** What a form with a code sent to the mobile first answers while it stays on its page. */
export type CodeFormState = ActionResult<{ notice: MessageKey; values: Record<string, string> }>;

/**
 * The account forms that send a code to a mobile first (sign-up, forgot password; issue 10): one
 * form, two buttons, works without JavaScript. `intent=code` checks the code step's fields and
 * sends the code (answered `codeSent`); any other button checks every field with the password
 * pair and submits. Answers the state to return, or the submitted data for the action to go on
 * (sign in, redirect). A failure keeps the typed `values` (never the passwords).
 */
export async function sendCodeOrSubmit<Code, Full>(
  formData: FormData,
  values: Record<string, string>,
  steps: {
    codeSchema: z.ZodType<Code>;
    sendCode: (data: Code) => Promise<unknown>;
    codeSent: MessageKey;
    schema: z.ZodType<Full>;
    submit: (data: Full) => Promise<unknown>;
  },
): Promise<{ answer: CodeFormState } | { submitted: Full }> {
  if (formData.get("intent") === "code") {
    const parsed = steps.codeSchema.safeParse(values);
    if (!parsed.success) return { answer: fail(null, zodFieldErrors(parsed.error), values) };
    try {
      await steps.sendCode(parsed.data);
    } catch (error) {
      return { answer: actionFailure(error, values) };
    }
    return { answer: succeed({ notice: steps.codeSent, values }) };
  }
  const parsed = steps.schema.safeParse({
    ...values,
    password: formData.get("password"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { answer: fail(null, zodFieldErrors(parsed.error), values) };
  try {
    await steps.submit(parsed.data);
  } catch (error) {
    return { answer: actionFailure(error, values) };
  }
  return { submitted: parsed.data };
}
