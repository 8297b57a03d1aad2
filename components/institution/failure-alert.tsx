"use client";

import type { Failure } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { useMessage } from "./use-message";

/** What an action refused, its form error and then every field's, in one alert: for forms that show no error beside a field. */
export function FailureAlert({ failed }: { failed: Failure }) {
  const say = useMessage();
  if (!failed) return null;
  return (
    <Alert tone="error">
      {[failed.formError, ...Object.values(failed.fieldErrors).flat()].map((m) => (m ? <p key={m}>{say(m)}</p> : null))}
    </Alert>
  );
}
