"use client";

import type { FailureInput } from "@/lib/action-result";

/**
 * A failure as a form shows it, client or server (ADR 133): a field error of the browser's check
 * (a zod message, which is a message key) or of the action's answer (`ActionResult.fieldErrors`,
 * `formError`). The text comes from the one place that says failures (ADR 130,
 * components/ui/failure-text.tsx); this module only names them for the forms.
 */
export type FormFailure = FailureInput;

export { useFailureText, FormError as FormFailureAlert } from "@/components/ui/failure-text";
