import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { APPLICATION_STATUSES } from "@/lib/domain/application-state";
import type { CandidateFilter } from "@/lib/schemas/institution-filter-schema";
import type { BatchOption } from "@/lib/server/institution/batch-options";

/** By batch, project and status (issue 4): a GET form, so a filtered list is a link. */
export async function CandidateFilters({
  filter,
  batches,
  projects,
}: {
  filter: CandidateFilter;
  batches: BatchOption[];
  projects: { seq: number; name: string }[];
}) {
  const [t, tc, ts, tb] = await Promise.all([
    getTranslations("institution.candidates"),
    getTranslations("common"),
    getTranslations("status"),
    getTranslations("institutionBatch.candidate"),
  ]);
  const select = (id: string, label: string, value: string | undefined, options: { value: string; label: string }[]) => (
    <div className="flex min-w-44 flex-1 flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={inputClass}>
        <option value="">{t("all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3">
      {select(
        "batch",
        t("batch"),
        filter.batch,
        batches.map((b) => ({ value: b.id, label: tc("batchLabel", { year: b.year, seq: b.seq }) })),
      )}
      {select(
        "project",
        t("project"),
        filter.project?.toString(),
        projects.map((p) => ({ value: String(p.seq), label: `${p.seq}. ${p.name}` })),
      )}
      {select(
        "status",
        t("status"),
        filter.status,
        APPLICATION_STATUSES.map((s) => ({ value: s, label: ts(s) })),
      )}
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label htmlFor="q" className="font-medium">
          {tb("search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} className={inputClass} />
      </div>
      <Button type="submit" variant="secondary">
        {t("filter")}
      </Button>
    </form>
  );
}
