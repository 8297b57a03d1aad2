"use client";

import { useTranslations } from "next-intl";
import { saveSiteAction } from "@/app/[locale]/staff/plans/sites/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** A new exam site, or an existing one's name and address. */
export function SiteForm({ site }: { site?: { id: string; name: string; address: string } }) {
  const t = useTranslations("staffExam.sites");
  const form = useStaffAction(saveSiteAction.bind(null, site?.id ?? null));
  const prefix = site ? `site-${site.id}` : "site-new";
  return (
    <form action={form.formAction} className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
      <Field id={`${prefix}-name`} label={t("name")} error={form.fieldError("name")}>
        {(a) => (
          <input
            {...a}
            name="name"
            required
            maxLength={60}
            defaultValue={form.value("name", site?.name)}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={`${prefix}-address`} label={t("address")} error={form.fieldError("address")}>
        {(a) => (
          <input
            {...a}
            name="address"
            required
            maxLength={120}
            defaultValue={form.value("address", site?.address)}
            className={inputClass}
          />
        )}
      </Field>
      <Button type="submit" variant={site ? "secondary" : "primary"} disabled={form.pending}>
        {site ? t("saveSite") : t("addSite")}
      </Button>
      <div className="sm:col-span-3">
        <FormStatus error={form.formError} success={form.data ? t("saved") : null} />
      </div>
    </form>
  );
}
