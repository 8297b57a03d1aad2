import "server-only";
import { NextResponse } from "next/server";
import { toFieldErrors, toFailure, type Failure, type FailureInput, type FieldErrorsInput } from "@/lib/action-result";
import { HTTP_STATUS, appErrorFailures } from "@/lib/app-error";
import { knownFailure } from "@/lib/server/known-error";
import { toMessageKey } from "@/lib/i18n/known-key";
import { translateFailure } from "@/lib/i18n/translate-key";

/** Public API responses: never cached by proxies for stale windows, never a raw error object. */
export function json(data: unknown, status = 200) {
  return NextResponse.json(data, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * A public read that is the same for everyone and kept in Next's cache (ADR 088): no `no-store`,
 * so Next's own `s-maxage` for the route applies. Only for the catalog's cached routes.
 */
export function publicJson(data: unknown) {
  return NextResponse.json(data);
}

/** A failure in a JSON answer: the same `{ key, params }` as an action's, plus its Chinese text (the public API speaks Chinese, ADR 009). */
type JsonFailure = Failure & { text: string };

function said(failure: FailureInput): JsonFailure {
  const f = toFailure(failure);
  return { ...f, text: translateFailure(f) };
}

/**
 * The error body of every route handler (ADR 130): `error` (the code), `message` (the form
 * error's Chinese text, for clients that show one line), `formError` and `fieldErrors` in the
 * shape of an action's failure.
 */
function errorBody(error: string, formError: FailureInput, fieldErrors: FieldErrorsInput = {}) {
  const form = said(formError);
  return {
    error,
    message: form.text,
    formError: form,
    fieldErrors: Object.fromEntries(Object.entries(toFieldErrors(fieldErrors)).map(([field, fs]) => [field, fs.map(said)])),
  };
}

/** A request the schema refused: zod messages are keys (ADR 009). */
export function badRequest(fieldErrors: Record<string, readonly string[] | undefined>) {
  const keyed = Object.fromEntries(Object.entries(fieldErrors).map(([field, ms]) => [field, ms?.map(toMessageKey)]));
  return json(errorBody("invalid", "errors.generic", keyed), 400);
}

/** Maps a use case's AppError to its status; anything else is logged and a 500 without details. */
export function errorResponse(error: unknown) {
  const known = knownFailure(error);
  if (known) {
    const { formError, fieldErrors } = appErrorFailures(known);
    return json(errorBody(known.code.toLowerCase(), formError, fieldErrors), HTTP_STATUS[known.code]);
  }
  console.error("[api] unexpected error", error instanceof Error ? error.message : "unknown");
  return json(errorBody("internal", "errors.generic"), 500);
}
