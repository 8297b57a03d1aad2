"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { loginAction } from "@/app/[locale]/login/actions";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** A plain form posting to the action, so it also works before JavaScript loads. */
export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const ts = useTranslations("staffAdmin.security");
  const say = useFailureText();
  const [state, formAction, pending] = useActionState(loginAction, null);
  const failed = state && !state.ok ? state : null;
  const fieldError = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  return (
    <form action={formAction} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="next" value={next} />
      <Field id="login" label={t("login")} hint={t("loginHint")} error={fieldError("login")}>
        {(a) => (
          <input
            {...a}
            name="login"
            defaultValue={failed?.values.login ?? ""}
            autoComplete="username"
            className={inputClass}
            required
          />
        )}
      </Field>
      <Field id="password" label={t("password")} error={fieldError("password")}>
        {(a) => <input {...a} name="password" type="password" autoComplete="current-password" className={inputClass} required />}
      </Field>
      <Field id="totp" label={ts("loginField")} hint={ts("loginHint")} error={fieldError("totp")}>
        {(a) => (
          <input {...a} name="totp" inputMode="numeric" autoComplete="one-time-code" maxLength={16} className={inputClass} />
        )}
      </Field>
      <FormError failure={failed?.formError} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
