"use client";

import { useTranslations } from "next-intl";
import { saveSiteAction } from "@/app/[locale]/staff/plans/sites/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { siteFormSchema } from "@/lib/schemas/staff-exam-forms";

/** The site's two text fields, each with the length the schema allows. */
const TEXT_FIELDS = [
  { name: "name", maxLength: 60 },
  { name: "address", maxLength: 120 },
] as const;

/** A new exam site, or an existing one's name and address. */
export function SiteForm({ site }: { site?: { id: string; name: string; address: string } }) {
  const t = useTranslations("staffExam.sites");
  const { state, pending, fields, formError, formProps } = useActionForm({ action: saveSiteAction, schema: siteFormSchema });
  const prefix = site ? `site-${site.id}` : "site-new";
  return (
    <form {...formProps} className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
      <HiddenFields form={fields} values={{ siteId: site?.id ?? "" }} />
      {TEXT_FIELDS.map(({ name, maxLength }) => (
        <FormField key={name} form={fields} name={name} id={`${prefix}-${name}`} label={t(name)} defaultValue={site?.[name]}>
          {(control) => <input {...control} maxLength={maxLength} className={inputClass} />}
        </FormField>
      ))}
      <Button type="submit" variant={site ? "secondary" : "primary"} disabled={pending}>
        {site ? t("saveSite") : t("addSite")}
      </Button>
      <div className="sm:col-span-3">
        <FormFailureAlert failure={formError ?? fields.errorOf("siteId")} />
        {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
    </form>
  );
}
