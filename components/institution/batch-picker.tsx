"use client";

import { useTranslations } from "next-intl";
import { useSearchForm } from "@/components/forms/use-search-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { PhaseName } from "@/lib/domain/types";
import { batchQuerySchema } from "@/lib/schemas/institution-batch-schema";
import type { BatchOption } from "@/lib/server/institution/batch-options";

/**
 * Which batch (三) the page is about: a GET form (`useSearchForm`, ADR 138) checked with the
 * schema the page parses `?batch=` with, so it works before JavaScript loads and the choice is
 * in the address (bookmarkable, shareable with a colleague).
 */
export function BatchPicker({
  options,
  selected,
  phase,
  extra,
}: {
  options: BatchOption[];
  selected: BatchOption;
  phase: PhaseName;
  extra?: Record<string, string>;
}) {
  const t = useTranslations("institution.batch");
  const tc = useTranslations("common");
  const tp = useTranslations("phases");
  const { fields, formProps, pending } = useSearchForm({ schema: batchQuerySchema });
  const window = (b: BatchOption) => (phase === "exam" ? b.examDate : `${b[phase].start} — ${b[phase].end}`);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="batch" className="font-medium">
          {t("label")}
        </label>
        <select id="batch" {...fields.register("batch")} defaultValue={selected.id} className={inputClass}>
          {options.map((b) => (
            <option key={b.id} value={b.id}>
              {t("option", { batch: tc("batchLabel", { year: b.year, seq: b.seq }), phase: tp(phase), window: window(b) })}
            </option>
          ))}
        </select>
      </div>
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("show")}
      </Button>
    </form>
  );
}
