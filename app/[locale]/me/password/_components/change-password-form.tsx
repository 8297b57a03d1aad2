"use client";

import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/app/[locale]/me/password/actions";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { changePasswordFieldsSchema } from "@/lib/schemas/account-fields";

/** The browser checks the fields (the new password's shape); the action adds the strength with the person's own data. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const { pending, fields, formError, formProps } = useActionForm({
    action: changePasswordAction,
    schema: changePasswordFieldsSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        form={fields}
        type="password"
        autoComplete="current-password"
        required
      />
      <NewPasswordFields name="newPassword" label={t("newPassword")} form={fields} />
      <FormFailureAlert failure={formError} />
      <Button type="submit" disabled={pending}>
        {t("changePasswordSubmit")}
      </Button>
    </form>
  );
}
