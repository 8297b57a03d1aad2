"use client";

import { useTranslations } from "next-intl";
import { type FailedState, TextField } from "./text-field";

/**
 * A new password and its confirmation, with issue 3's rule as the hint. Sign-up and
 * change-password ask the same; only the first field's name and label differ (their schemas).
 */
export function NewPasswordFields({ name, label, state }: { name: string; label: string; state: FailedState }) {
  const t = useTranslations("account");
  return (
    <>
      <TextField
        name={name}
        label={label}
        hint={t("passwordHint")}
        state={state}
        type="password"
        autoComplete="new-password"
        required
      />
      <TextField
        name="confirmPassword"
        label={t("confirmPassword")}
        state={state}
        type="password"
        autoComplete="new-password"
        required
      />
    </>
  );
}
