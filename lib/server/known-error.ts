import "server-only";
import { AppError } from "@/lib/app-error";
import { isDatabaseBusy } from "./db-errors";

/**
 * What a thrown error shows, for actions and route handlers alike (ADR 130, 149): an AppError as
 * it is; a database too busy to take the work in time (isDatabaseBusy) as `errors.busyTryAgain`,
 * a refusal to try again in a moment, not the error page; anything else is a bug (null: it
 * propagates, or a route answers 500).
 */
export function knownFailure(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseBusy(error)) return new AppError("BUSY", "errors.busyTryAgain");
  return null;
}
