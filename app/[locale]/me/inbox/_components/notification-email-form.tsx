"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { setNotificationEmailAction } from "@/app/[locale]/me/inbox/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmailField } from "@/components/account/email-field";
import { failureOf } from "@/components/account/text-field";
import { FormError } from "@/components/ui/failure-text";

/**
 * "同时发送到邮箱" on the inbox page: the reader sets, changes or removes their own address.
 * Works before JavaScript loads (<form action>); what was typed stays after a refusal.
 */
export function NotificationEmailForm({ current, institution }: { current: string | null; institution: boolean }) {
  const t = useTranslations("inbox");
  const [state, action, pending] = useActionState(setNotificationEmailAction, null);
  const failed = failureOf(state);
  return (
    <form
      action={action}
      aria-labelledby="notification-email"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="notification-email" className="text-lg font-semibold">
        {t("email.title")}
      </h2>
      <p className="text-sm text-slate-700">
        {current ? t("email.current", { email: current }) : t("email.none")}
        <span className="block">{t("email.onlyReminder")}</span>
      </p>
      {/* A new key once saved: the field shows the stored address, not the one typed before. */}
      <EmailField
        key={current ?? ""}
        label={t("email.label")}
        hint={institution ? t("email.hintInstitution") : t("email.hint")}
        state={failed}
        defaultValue={current ?? ""}
      />
      <FormError failure={failed?.formError} />
      {state?.ok ? (
        <Alert tone="success">{state.data.email ? t("email.saved", { email: state.data.email }) : t("email.removed")}</Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {t("email.save")}
        </Button>
        {current ? (
          <Button type="submit" name="remove" value="1" variant="secondary" disabled={pending}>
            {t("email.remove")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
