"use client";

import type { ActionFailure } from "@/lib/action-result";
import type { FormFailure } from "@/components/forms/failure";
import { Alert } from "@/components/ui/alert";
import { useFailureText } from "@/components/ui/failure-text";

/**
 * What an action refused, its form error and then every field's, in one alert: for forms that
 * show no error beside a field (a button and hidden ids, a file). `also`: the browser's check of
 * a hidden field (`fields.errorOf("batchId")`), which has no place of its own either.
 */
export function FailureAlert({ failed, also }: { failed: ActionFailure<unknown> | null; also?: FormFailure | undefined }) {
  const say = useFailureText();
  const failures = [...(also ? [also] : []), ...(failed ? [failed.formError, ...Object.values(failed.fieldErrors).flat()] : [])];
  const texts = failures.flatMap((f) => (f ? [say(f)] : []));
  if (texts.length === 0) return null;
  return (
    <Alert tone="error">
      {[...new Set(texts)].map((text) => (
        <p key={text}>{text}</p>
      ))}
    </Alert>
  );
}
