"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { resetPasswordAction } from "@/app/[locale]/forgot-password/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NewPasswordFields } from "@/components/account/new-password-fields";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import type { IsoDate } from "@/lib/domain/types";
import { resetCodeSchema, resetPasswordFieldsSchema } from "@/lib/schemas/identity-fields";

/**
 * "忘记密码" (issue 10): ID number → code to the account's mobile → new password. No JavaScript
 * needed; with it, the fields are checked as they are left (ADR 133). `today`: the server's.
 */
export function ForgotPasswordForm({ today }: { today: IsoDate }) {
  const t = useTranslations("identity.reset");
  const text = useFailureText();
  const schema = useMemo(() => resetPasswordFieldsSchema(today), [today]);
  const codeSchema = useMemo(() => resetCodeSchema(today), [today]);
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: resetPasswordAction,
    schema,
    schemaFor: (intent) => (intent === "code" ? codeSchema : undefined),
    keep: (data) => data.values,
  });
  return (
    <form {...formProps} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField name="idNumber" label={t("idNumber")} form={fields} autoComplete="username" maxLength={18} required />
      <Button type="submit" name="intent" value="code" variant="secondary" disabled={pending}>
        {t("sendCode")}
      </Button>
      {state?.ok ? <Alert tone="info">{text(state.data.notice)}</Alert> : null}
      <TextField name="code" label={t("code")} form={fields} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      <NewPasswordFields name="password" label={t("newPassword")} form={fields} />
      <FormFailureAlert failure={formError} />
      <Button type="submit" name="intent" value="reset" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
