"use client";

import type { FailedState } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { useFailureText } from "@/components/ui/failure-text";

/** What an action refused, its form error and then every field's, in one alert: for forms that show no error beside a field. */
export function FailureAlert({ failed }: { failed: FailedState }) {
  const say = useFailureText();
  if (!failed) return null;
  const texts = [failed.formError, ...Object.values(failed.fieldErrors).flat()].flatMap((f) => (f ? [say(f)] : []));
  return (
    <Alert tone="error">
      {[...new Set(texts)].map((text) => (
        <p key={text}>{text}</p>
      ))}
    </Alert>
  );
}
