"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { changeMobileAction } from "@/app/[locale]/me/mobile/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { type FailedState, TextField } from "@/components/account/text-field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** Change of mobile (issue 10): new number + current password → code to the new number. */
export function MobileChangeForm() {
  const t = useTranslations("identity.mobile");
  const say = useFailureText();
  const [state, action, pending] = useActionState(changeMobileAction, null);
  const failed: FailedState = state
    ? state.ok
      ? { ok: false, fieldErrors: {}, formError: null, values: state.data.values }
      : state
    : null;
  return (
    <form action={action} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <TextField
        name="mobile"
        label={t("newMobile")}
        state={failed}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
      />
      <TextField
        name="currentPassword"
        label={t("currentPassword")}
        state={failed}
        type="password"
        autoComplete="current-password"
      />
      <Button type="submit" name="intent" value="code" variant="secondary" disabled={pending}>
        {t("sendCode")}
      </Button>
      {state?.ok ? <Alert tone="info">{say(state.data.notice)}</Alert> : null}
      <TextField name="code" label={t("code")} state={failed} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      <FormError failure={failed?.formError} />
      <Button type="submit" name="intent" value="change" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
