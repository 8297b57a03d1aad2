/**
 * The one result type of every server action (style.md "Server actions"): success with data, or
 * the field errors and form error to show, plus the submitted values so the form keeps them.
 * Error strings are message keys (messages/*.json "errors"), translated where they are shown.
 */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; fieldErrors: FieldErrors; formError: string | null; values: Record<string, string> };

export function fail(
  formError: string | null,
  fieldErrors: FieldErrors = {},
  values: Record<string, string> = {},
): ActionResult<never> {
  return { ok: false, fieldErrors, formError, values };
}

export function succeed<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}
