import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { PhaseName } from "@/lib/domain/types";
import type { BatchOption } from "@/lib/server/institution/batch-options";

/**
 * Which batch (三) the page is about: a plain GET form, so it works before JavaScript loads
 * and the choice is in the address (bookmarkable, shareable with a colleague).
 */
export async function BatchPicker({
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
  const [t, tc, tp] = await Promise.all([
    getTranslations("institution.batch"),
    getTranslations("common"),
    getTranslations("phases"),
  ]);
  const window = (b: BatchOption) => (phase === "exam" ? b.examDate : `${b[phase].start} — ${b[phase].end}`);
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="batch" className="font-medium">
          {t("label")}
        </label>
        <select id="batch" name="batch" defaultValue={selected.id} className={inputClass}>
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
      <Button type="submit" variant="secondary">
        {t("show")}
      </Button>
    </form>
  );
}
