"use client";

import { useTranslations } from "next-intl";
import type { ActionForm } from "@/components/forms/use-action-form";
import { type FailedState, TextField } from "./text-field";

/**
 * A new password and its confirmation, with issue 3's rule as the hint. Sign-up and
 * change-password ask the same; only the first field's name and label differ (their schemas).
 * `form` (ADR 133) or, for a form not converted yet, `state`.
 */
export function NewPasswordFields<Name extends string>({
  name,
  label,
  ...source
}: { name: Name; label: string } & (
  { form: ActionForm<Name | "confirmPassword">; state?: never } | { form?: never; state: FailedState }
)) {
  const t = useTranslations("account");
  const password = { type: "password", autoComplete: "new-password", required: true } as const;
  if (source.form) {
    return (
      <>
        <TextField<Name | "confirmPassword">
          name={name}
          label={label}
          hint={t("passwordHint")}
          form={source.form}
          {...password}
        />
        <TextField<Name | "confirmPassword">
          name="confirmPassword"
          label={t("confirmPassword")}
          form={source.form}
          {...password}
        />
      </>
    );
  }
  const state = source.state ?? null;
  return (
    <>
      <TextField name={name} label={label} hint={t("passwordHint")} state={state} {...password} />
      <TextField name="confirmPassword" label={t("confirmPassword")} state={state} {...password} />
    </>
  );
}
