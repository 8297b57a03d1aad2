import type { FailureMessage } from "@/lib/action-result";
import type { MessageKey } from "@/lib/i18n/message-key";

/**
 * Errors a use case raises on purpose (Documenso's AppError). Actions map the code to a form
 * error; route handlers map it to an HTTP status. `messageKey` (also its `message`) is a message key.
 */
export type AppErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "WINDOW_CLOSED" | "INVALID" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messageKey: MessageKey,
    readonly fieldErrors: Record<string, FailureMessage[]> = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  WINDOW_CLOSED: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};
