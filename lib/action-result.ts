/**
 * The one result type of every server action (style.md "Server actions"): success with data, or
 * the field errors and form error to show, plus the submitted values so the form keeps them.
 * Error strings are message keys (messages/*.json "errors"), translated where they are shown.
 */
import type { MessageKey } from "@/lib/i18n/message-key";

/**
 * A sentence a rule computed (upload refusals with sizes, roster and zip findings), shown as it is
 * in both locales (ADR 009) until those rules return keys with parameters (ADR 104). Made only by
 * `ruleText`, so a plain string cannot pass for a message key or the other way round.
 */
export type RuleText = string & { readonly __ruleText: true };

export function ruleText(text: string): RuleText {
  return text as RuleText;
}

/** What a form shows for a failure: a message key, or a rule's sentence. */
export type FailureMessage = MessageKey | RuleText;

export type FieldErrors = Record<string, FailureMessage[] | undefined>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: FieldErrors; formError: FailureMessage | null; values: Record<string, string> };

export function fail(
  formError: FailureMessage | null,
  fieldErrors: FieldErrors = {},
  values: Record<string, string> = {},
): ActionResult<never> {
  return { ok: false, fieldErrors, formError, values };
}

export function succeed<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}
