"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { setNotificationEmailAction } from "@/app/[locale]/me/inbox/actions";
import { EmailField } from "@/components/account/email-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { notificationEmailSchema, removeNotificationEmailSchema } from "@/lib/schemas/notification-email-schema";

/**
 * "同时发送到邮箱" on the inbox page: the reader sets, changes or removes their own address.
 * On react-hook-form with the action's schema (ADR 133); 删除 is `intent=remove`, which checks
 * nothing (the field may hold anything). Works before JavaScript loads; what was typed stays.
 */
export function NotificationEmailForm({ current, institution }: { current: string | null; institution: boolean }) {
  const t = useTranslations("inbox");
  const { state, pending, fields, formError, formProps, rhf } = useActionForm({
    action: setNotificationEmailAction,
    schema: notificationEmailSchema,
    schemaFor: (intent) => (intent === "remove" ? removeNotificationEmailSchema : undefined),
  });
  // Once saved or removed, the field shows the stored address (react-hook-form would keep the typed one).
  useEffect(() => rhf.resetField("email", { defaultValue: current ?? "" }), [rhf, current]);
  return (
    <form
      {...formProps}
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
        form={fields}
        defaultValue={current ?? ""}
      />
      <FormFailureAlert failure={formError} />
      {state?.ok ? (
        <Alert tone="success">{state.data.email ? t("email.saved", { email: state.data.email }) : t("email.removed")}</Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="save" disabled={pending}>
          {t("email.save")}
        </Button>
        {current ? (
          <Button type="submit" name="intent" value="remove" variant="secondary" disabled={pending}>
            {t("email.remove")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
