"use client";

import { useTranslations } from "next-intl";
import { assignSeatsAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

export interface SiteChoice {
  id: string;
  name: string;
  seats: number;
}

/** 七: seats for everyone with a ticket, in the chosen site's rooms (ADR 021). */
export function SeatAssignForm({ planId, sites }: { planId: string; sites: SiteChoice[] }) {
  const t = useTranslations("staffExam.seats");
  const form = useStaffAction(assignSeatsAction.bind(null, planId));
  if (sites.length === 0) return <p className="text-slate-600">{t("noSites")}</p>;
  return (
    <form action={form.formAction} className="flex flex-col gap-3">
      <Field id="seat-site" label={t("site")} hint={t("siteHint")} error={form.fieldError("siteId")}>
        {(a) => (
          <select {...a} name="siteId" defaultValue={form.value("siteId", sites[0]?.id)} className={inputClass}>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {t("siteOption", { name: s.name, seats: s.seats })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" name="reset" className="size-5" />
        {t("reset")}
      </label>
      <FormStatus error={form.formError} success={form.data ? t("assigned", { count: form.data.assigned }) : null} />
      <Button type="submit" disabled={form.pending}>
        {t("assign")}
      </Button>
    </form>
  );
}
