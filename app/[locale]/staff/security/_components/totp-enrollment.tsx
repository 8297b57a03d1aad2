"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { confirmEnrollmentAction, startEnrollmentAction } from "@/app/[locale]/staff/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { useFailureText } from "@/components/ui/failure-text";

export function StartEnrollment() {
  const t = useTranslations("staffAdmin.security");
  const [, action, pending] = useActionState(startEnrollmentAction, null);
  return (
    <form action={action}>
      <Button type="submit" disabled={pending}>
        {t("start")}
      </Button>
    </form>
  );
}

/** Scan, type the first code; the recovery codes are shown once, here. */
export function ConfirmEnrollment({ qrDataUrl, secret }: { qrDataUrl: string; secret: string }) {
  const t = useTranslations("staffAdmin.security");
  const say = useFailureText();
  const [state, action, pending] = useActionState(confirmEnrollmentAction, null);
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
  const error = state && !state.ok ? (state.fieldErrors.code?.[0] ?? state.formError) : null;
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-lg font-semibold">{t("scan")}</h2>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
      <img src={qrDataUrl} alt={t("qrAlt")} width={200} height={200} className="rounded border" />
      <p className="text-sm">
        {t("secret")} <code className="font-mono break-all select-all">{secret}</code>
      </p>
      <form action={action} className="flex flex-col gap-3">
        <Field id="code" label={t("code")} error={say(error)}>
          {(a) => (
            <input
              {...a}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              className={inputClass}
              required
            />
          )}
        </Field>
        <Button type="submit" disabled={pending} className="self-start">
          {t("confirm")}
        </Button>
      </form>
      {state && !state.ok && state.formError && !state.fieldErrors.code ? (
        <Alert tone="error">{say(state.formError)}</Alert>
      ) : null}
    </section>
  );
}
