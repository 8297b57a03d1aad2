/**
 * The one result type of every server action (style.md "Server actions"): success with data, or
 * the failures to show, plus the submitted values so the form keeps them (ADR 130).
 *
 * A failure is a message key and its parameters (`{ key: "staffExam.errors.capacityShort",
 * params: { needed: 12, available: 9 } }`), translated where it is shown by `failureText`. Rules
 * never hand over sentences; parameters never travel in `values`.
 */
import type { MessageKey, MessageParams } from "@/lib/i18n/message-key";

/** What a person is shown for one failure: a message key and its ICU parameters. */
export type Failure = { key: MessageKey; params?: MessageParams };

/** What call sites may pass: a bare key is a failure without parameters (`fail("errors.x")`). */
export type FailureInput = MessageKey | Failure;

/** @deprecated the name before ADR 130; use `FailureInput` (or `Failure` for what is stored). */
export type FailureMessage = FailureInput;

/** A bare key or a failure, as a failure. For forms mapping zod client messages (keys) and server failures alike. */
export function toFailure(input: FailureInput): Failure {
  return typeof input === "string" ? { key: input } : input;
}

/** The field errors of a result: each field's failures, absent when it has none. */
export type FieldErrors = Record<string, Failure[]>;

/** Field errors as call sites give them: keys or failures, a field may be undefined (zod's flatten). */
export type FieldErrorsInput = Record<string, readonly FailureInput[] | undefined>;

export function toFieldErrors(input: FieldErrorsInput): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, failures] of Object.entries(input)) {
    if (failures && failures.length > 0) out[field] = failures.map(toFailure);
  }
  return out;
}

export type ActionFailure<Shown = never> = {
  ok: false;
  formError: Failure | null;
  fieldErrors: FieldErrors;
  values: Record<string, string>;
  /**
   * What the page showed around the form, rebuilt by the action from the ids it was posted (ADR
   * 148): a form that lives inside another form's answer (the roster's submit under its preview)
   * is otherwise rendered without it after a post without JavaScript. Null when the ids are not
   * the asker's or no longer lead anywhere.
   */
  shown?: Shown | null;
};

export type ActionResult<T = undefined, Shown = never> = { ok: true; data: T } | ActionFailure<Shown>;

export function fail(
  formError: FailureInput | null,
  fieldErrors: FieldErrorsInput = {},
  values: Record<string, string> = {},
): ActionResult<never> {
  return {
    ok: false,
    formError: formError === null ? null : toFailure(formError),
    fieldErrors: toFieldErrors(fieldErrors),
    values,
  };
}

export function succeed<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}
