"use client";

import { useTranslations } from "next-intl";
import { verifyCertificateAction } from "@/app/[locale]/verify/certificate/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { CertificateVerdict } from "@/components/public/certificate-verdict";
import { verifyCertificateSchema } from "@/lib/schemas/exam-verify-schema";

/** 九 "证书查询、核验": certificate number and the holder's name, both required to match (ADR 133). */
export function VerifyCertificateForm() {
  const t = useTranslations("publicNotice.verify");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: verifyCertificateAction,
    schema: verifyCertificateSchema,
  });
  const result = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-4">
      <form {...formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <FormField form={fields} name="certificateNumber" label={t("certificateNumber")} hint={t("numberHint")}>
          {(control) => <input {...control} autoComplete="off" maxLength={40} className={inputClass} />}
        </FormField>
        <FormField form={fields} id="holderName" name="name" label={t("holderName")}>
          {(control) => <input {...control} autoComplete="off" maxLength={30} className={inputClass} />}
        </FormField>
        <FormFailureAlert failure={formError} />
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
      {result ? <CertificateVerdict result={result} /> : null}
    </div>
  );
}
