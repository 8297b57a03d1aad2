"use client";

import { useTranslations } from "next-intl";
import { confirmEnrollmentAction, startEnrollmentAction } from "@/app/[locale]/staff/security/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonVariants } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { startEnrollmentSchema } from "@/lib/schemas/staff-desk-forms";
import { totpCodeSchema } from "@/lib/schemas/staff-security-schema";

/** 开始绑定: a button-only form on the same primitive, so its pending state and failure show one way (ADR 133). */
export function StartEnrollment() {
  const t = useTranslations("staffAdmin.security");
  const { pending, formError, formProps } = useActionForm({ action: startEnrollmentAction, schema: startEnrollmentSchema });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <Button type="submit" disabled={pending} className="self-start">
        {t("start")}
      </Button>
      <FormFailureAlert failure={formError} />
    </form>
  );
}

/** Scan, type the first code; the recovery codes are shown once, here. */
export function ConfirmEnrollment({ qrDataUrl, secret }: { qrDataUrl: string; secret: string }) {
  const t = useTranslations("staffAdmin.security");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: confirmEnrollmentAction,
    schema: totpCodeSchema,
  });
  if (state?.ok) {
    return (
      <section aria-labelledby="recovery" className="flex flex-col gap-3 rounded-lg border border-green-700 bg-white p-4">
        <h2 id="recovery" className="text-lg font-semibold">
          {t("recoveryTitle")}
        </h2>
        <p className="text-sm">{t("recoveryIntro")}</p>
        <ol className="grid list-decimal grid-cols-2 gap-x-8 gap-y-1 pl-6 font-mono">
          {state.data.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ol>
        <Link href="/staff" className={buttonVariants({ className: "self-start" })}>
          {t("goToConsole")}
        </Link>
      </section>
    );
  }
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("scan")}</h2>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
      <img src={qrDataUrl} alt={t("qrAlt")} width={200} height={200} className="rounded border" />
      <p className="text-sm">
        {t("secret")} <code className="font-mono break-all select-all">{secret}</code>
      </p>
      <form {...formProps} className="flex flex-col gap-3">
        <FormField form={fields} name="code" label={t("code")}>
          {(props) => (
            <input {...props} inputMode="numeric" autoComplete="one-time-code" maxLength={7} className={inputClass} required />
          )}
        </FormField>
        <FormFailureAlert failure={formError} />
        <Button type="submit" disabled={pending} className="self-start">
          {t("confirm")}
        </Button>
      </form>
    </section>
  );
}
