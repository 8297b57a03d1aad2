"use client";

import { useTranslations } from "next-intl";
import { loginAction } from "@/app/[locale]/login/actions";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { loginSchema } from "@/lib/schemas/login-schema";

/** Checked in the browser with the action's schema; posts to the action, so it also works before JavaScript loads. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const ts = useTranslations("staffAdmin.security");
  const { pending, fields, formError, formProps } = useActionForm({ action: loginAction, schema: loginSchema });
  return (
    <form {...formProps} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="next" value={next} />
      <FormField form={fields} name="login" label={t("login")} hint={t("loginHint")}>
        {(control) => (
          <input {...control} defaultValue={control.defaultValue ?? ""} autoComplete="username" className={inputClass} required />
        )}
      </FormField>
      <FormField form={fields} name="password" label={t("password")}>
        {({ defaultValue: _never, ...control }) => (
          <input {...control} type="password" autoComplete="current-password" className={inputClass} required />
        )}
      </FormField>
      <FormField form={fields} name="totp" label={ts("loginField")} hint={ts("loginHint")}>
        {({ defaultValue: _never, ...control }) => (
          <input {...control} inputMode="numeric" autoComplete="one-time-code" maxLength={16} className={inputClass} />
        )}
      </FormField>
      <FormFailureAlert failure={formError} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
