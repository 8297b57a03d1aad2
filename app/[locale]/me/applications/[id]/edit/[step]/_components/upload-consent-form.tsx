"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { giveUploadConsentAction } from "@/app/[locale]/me/consent/actions";
import { failureOf } from "@/components/account/text-field";
import { StepForm, useFieldError } from "@/components/wizard/step-form";
import { Link } from "@/i18n/navigation";

/**
 * Issue 11, PIPL art. 29: the separate consent to sensitive personal information, asked before
 * the first photo or scan, never ticked in advance; the server records its time and version.
 */
export function UploadConsentForm() {
  const t = useTranslations("privacy.uploadConsent");
  const [state, action, pending] = useActionState(giveUploadConsentAction, null);
  const failed = failureOf(state);
  const error = useFieldError(failed)("consent");
  return (
    <StepForm action={action} failed={failed} pending={pending} submitLabel={t("submit")}>
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="leading-relaxed text-slate-700">{t("text")}</p>
      <p className="text-sm">
        <Link href="/privacy" className="text-brand-700 underline underline-offset-4">
          {t("readNotice")}
        </Link>
      </p>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="consent"
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "consent-error" : undefined}
          className="size-5"
        />
        {t("accept")}
      </label>
      {error ? (
        <p id="consent-error" role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </StepForm>
  );
}
