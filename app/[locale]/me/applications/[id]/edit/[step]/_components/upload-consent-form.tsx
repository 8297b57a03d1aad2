"use client";

import { useTranslations } from "next-intl";
import { giveUploadConsentAction } from "@/app/[locale]/me/consent/actions";
import { useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { StepForm } from "@/components/wizard/step-form";
import { Link } from "@/i18n/navigation";
import { consentSchema } from "@/lib/schemas/consent-schema";

/**
 * Issue 11, PIPL art. 29: the separate consent to sensitive personal information, asked before
 * the first photo or scan, never ticked in advance; the server records its time and version.
 */
export function UploadConsentForm() {
  const t = useTranslations("privacy.uploadConsent");
  const text = useFailureText();
  const form = useActionForm({ action: giveUploadConsentAction, schema: consentSchema });
  const failure = form.fields.errorOf("consent");
  const error = failure ? text(failure) : undefined;
  return (
    <StepForm form={form} submitLabel={t("submit")}>
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
          {...form.fields.register("consent")}
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
