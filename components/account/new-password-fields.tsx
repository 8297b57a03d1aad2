"use client";

import { useTranslations } from "next-intl";
import type { ActionForm } from "@/components/forms/use-action-form";
import { TextField } from "./text-field";

/**
 * A new password and its confirmation, with issue 3's rule as the hint, on a `useActionForm` form
 * (ADR 133). Sign-up, change-password and the appeal ask the same; only the first field's name
 * and label differ (their schemas).
 */
export function NewPasswordFields<Name extends string>({
  name,
  label,
  form,
}: {
  name: Name;
  label: string;
  form: ActionForm<Name | "confirmPassword">;
}) {
  const t = useTranslations("account");
  const password = { type: "password", autoComplete: "new-password", required: true } as const;
  return (
    <>
      <TextField<Name | "confirmPassword"> name={name} label={label} hint={t("passwordHint")} form={form} {...password} />
      <TextField<Name | "confirmPassword"> name="confirmPassword" label={t("confirmPassword")} form={form} {...password} />
    </>
  );
}
