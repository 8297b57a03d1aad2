"use client";

import { useTranslations } from "next-intl";
import { useSearchForm } from "@/components/forms/use-search-form";
import { buttonVariants } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { paperworkQuerySchema } from "@/lib/schemas/staff-filter-schemas";

/** The batch whose paperwork is shown: a GET form on `paperworkQuerySchema` (`useSearchForm`, ADR 138). */
export function PaperworkBatchFilter({
  batches,
  selected,
}: {
  batches: { id: string; year: number; seq: number }[];
  selected: string;
}) {
  const t = useTranslations("paperwork.staff");
  const { fields, formProps, pending } = useSearchForm({ schema: paperworkQuerySchema });
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("batch")}
        <select {...fields.register("batch")} defaultValue={selected} className={inputClass}>
          {batches.map((b) => (
            <option key={b.id} value={b.id}>
              {t("batchLabel", { year: b.year, seq: b.seq })}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonVariants({ variant: "secondary" })} disabled={pending}>
        {t("show")}
      </button>
    </form>
  );
}
