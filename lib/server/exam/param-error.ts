import "server-only";
import { fail, type ActionResult, type FailureMessage } from "@/lib/action-result";
import type { MessageKey } from "@/lib/i18n/message-key";
import { AppError, type AppErrorCode } from "@/lib/app-error";
import { actionFailure } from "@/lib/server/action-failure";

/**
 * An AppError whose message needs numbers ("座位不足：需要 12 个，空余 9 个"). The action hands
 * the params back in `values`, where the form passes them to the translation.
 */
export class ParamError extends AppError {
  constructor(
    code: AppErrorCode,
    message: MessageKey,
    readonly params: Record<string, string | number>,
    fieldErrors: Record<string, FailureMessage[]> = {},
  ) {
    super(code, message, fieldErrors);
  }
}

export function examActionFailure(error: unknown, values: Record<string, string> = {}): ActionResult<never> {
  if (error instanceof ParamError) {
    const params = Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, String(v)]));
    return fail(error.messageKey, error.fieldErrors, { ...values, ...params });
  }
  return actionFailure(error, values);
}
