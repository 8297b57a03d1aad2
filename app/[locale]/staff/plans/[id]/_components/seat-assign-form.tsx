"use client";

import { useTranslations } from "next-intl";
import { assignSeatsAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { CheckboxField, HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { assignSeatsFormSchema } from "@/lib/schemas/staff-exam-forms";

export interface SiteChoice {
  id: string;
  name: string;
  seats: number;
}

/** 七: seats for everyone with a ticket, in the chosen site's rooms (ADR 021). */
export function SeatAssignForm({ planId, sites }: { planId: string; sites: SiteChoice[] }) {
  const t = useTranslations("staffExam.seats");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: assignSeatsAction,
    schema: assignSeatsFormSchema,
  });
  if (sites.length === 0) return <p className="text-slate-600">{t("noSites")}</p>;
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <HiddenFields form={fields} values={{ planId }} />
      <FormField form={fields} name="siteId" id="seat-site" label={t("site")} hint={t("siteHint")} defaultValue={sites[0]?.id}>
        {(control) => (
          <select {...control} className={inputClass}>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {t("siteOption", { name: s.name, seats: s.seats })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <CheckboxField form={fields} name="reset" id="seat-reset" label={t("reset")} />
      <FormFailureAlert failure={formError ?? fields.errorOf("planId")} />
      {state?.ok ? <Alert tone="success">{t("assigned", { count: state.data.assigned })}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {t("assign")}
      </Button>
    </form>
  );
}
