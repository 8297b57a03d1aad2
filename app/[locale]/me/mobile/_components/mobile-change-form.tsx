"use client";

import { useTranslations } from "next-intl";
import { changeMobileAction } from "@/app/[locale]/me/mobile/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { otpCodeField } from "@/lib/schemas/account-fields";
import { mobileChangeCodeSchema, mobileChangeSchema } from "@/lib/schemas/identity-fields";

/** Every field while typing; each button checks its own (the code is asked after it was sent). */
const typingSchema = mobileChangeCodeSchema.extend({ code: otpCodeField });

/** Change of mobile (issue 10): new number + current password → code to the new number. */
export function MobileChangeForm() {
  const t = useTranslations("identity.mobile");
  const text = useFailureText();
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: changeMobileAction,
    schema: typingSchema,
    schemaFor: (intent) => (intent === "code" ? mobileChangeCodeSchema : mobileChangeSchema),
    keep: (data) => data.values,
  });
  return (
    <form {...formProps} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField
        name="mobile"
        label={t("newMobile")}
        form={fields}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
      />
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        form={fields}
        type="password"
        autoComplete="current-password"
      />
      <Button type="submit" name="intent" value="code" variant="secondary" disabled={pending}>
        {t("sendCode")}
      </Button>
      {state?.ok ? <Alert tone="info">{text(state.data.notice)}</Alert> : null}
      <TextField name="code" label={t("code")} form={fields} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      <FormFailureAlert failure={formError} />
      <Button type="submit" name="intent" value="change" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
