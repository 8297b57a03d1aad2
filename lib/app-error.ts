import {
  toFailure,
  toFieldErrors,
  type Failure,
  type FailureInput,
  type FieldErrors,
  type FieldErrorsInput,
} from "@/lib/action-result";
import type { MessageKey, MessageParams } from "@/lib/i18n/message-key";

/**
 * Errors a use case raises on purpose (Documenso's AppError). Actions map them to a failed
 * ActionResult and route handlers to an HTTP status with the same failures (`appErrorFailures`,
 * ADR 130). The message is a key, or a key with parameters: `new AppError("CONFLICT",
 * { key: "staffExam.errors.capacityShort", params: { needed, available } })`. `message` is the key.
 */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "WINDOW_CLOSED"
  | "INVALID"
  | "RATE_LIMITED"
  /** The database was too busy to take the work in time: nothing was written, try again (ADR 149). */
  | "BUSY";

export class AppError extends Error {
  readonly failure: Failure;
  readonly fieldErrors: FieldErrors;

  constructor(
    readonly code: AppErrorCode,
    message: FailureInput,
    fieldErrors: FieldErrorsInput = {},
  ) {
    const failure = toFailure(message);
    super(failure.key);
    this.name = "AppError";
    this.failure = failure;
    this.fieldErrors = toFieldErrors(fieldErrors);
  }

  get messageKey(): MessageKey {
    return this.failure.key;
  }

  get params(): MessageParams | undefined {
    return this.failure.params;
  }
}

/** The one mapper (ADR 130): what an AppError shows, for actions and route handlers alike. */
export function appErrorFailures(error: AppError): { formError: Failure; fieldErrors: FieldErrors } {
  return { formError: error.failure, fieldErrors: error.fieldErrors };
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  WINDOW_CLOSED: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
  BUSY: 503,
};
