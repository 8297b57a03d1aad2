import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FailureInput } from "@/lib/action-result";
import { failureText } from "@/lib/i18n/failure-text";
import { Alert } from "./alert";

/**
 * The one way a failure reaches the screen (ADR 130): `failureText` with the page's translator.
 * Works in client components and in server components that are not async.
 */
export function useFailureText(): SayFailure {
  const t = useTranslations();
  function say(failure: FailureInput): string;
  function say(failure: FailureInput | null | undefined): string | undefined;
  function say(failure: FailureInput | null | undefined): string | undefined {
    return failure ? failureText(t, failure) : undefined;
  }
  return say;
}

/** A failure's text; nothing for no failure (so `error={say(failed?.fieldErrors.x?.[0])}` needs no test). */
export interface SayFailure {
  (failure: FailureInput): string;
  (failure: FailureInput | null | undefined): string | undefined;
}

/** A failure as text, inline. */
export function FailureText({ failure }: { failure: FailureInput }) {
  return <>{useFailureText()(failure)}</>;
}

/** The form-level failure of a form, as an error alert; nothing when there is none. `children` follow the text (a link that helps). */
export function FormError({
  failure,
  className,
  children,
}: {
  failure: FailureInput | null | undefined;
  className?: string;
  children?: ReactNode;
}) {
  const say = useFailureText();
  if (!failure) return null;
  return (
    <Alert tone="error" className={className}>
      {say(failure)}
      {children}
    </Alert>
  );
}

/** A field's failure under its control (for controls outside `Field`, which takes the text as `error`). */
export function FieldError({ id, failure }: { id?: string; failure: FailureInput | null | undefined }) {
  const say = useFailureText();
  if (!failure) return null;
  return (
    <p id={id} role="alert" className="text-sm font-medium text-red-700">
      {say(failure)}
    </p>
  );
}
