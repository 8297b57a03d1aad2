import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { QUEUE_STATUSES, type ReviewQueueQuery } from "@/lib/schemas/staff-review-schema";

interface Options {
  batches: { id: string; year: number; seq: number }[];
  projects: { seq: number; name: string }[];
  institutions: { id: string; name: string }[];
}

/** A GET form: the filtered queue is a URL a reviewer can bookmark or send to a colleague. */
export async function QueueFilters({ query, options }: { query: ReviewQueueQuery; options: Options }) {
  const [t, ts, tc] = await Promise.all([getTranslations("staffReview"), getTranslations("status"), getTranslations("common")]);
  const select = (
    name: string,
    label: string,
    value: string | number | undefined,
    items: { value: string; label: string }[],
    withAny = true,
  ) => (
    <label className="flex flex-col gap-1 text-sm font-medium">
      {label}
      <select name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass}>
        {withAny ? <option value="">{t("filters.any")}</option> : null}
        {items.map((i) => (
          <option key={i.value} value={i.value}>
            {i.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      data-queue-filters
      className="rounded-lg border border-slate-200 bg-white p-3"
      aria-label={t("filters.legend")}
    >
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {select(
          "status",
          t("filters.status"),
          query.status,
          QUEUE_STATUSES.map((s) => ({ value: s, label: ts(s) })),
          false,
        )}
        {select(
          "batch",
          t("filters.batch"),
          query.batch,
          options.batches.map((b) => ({ value: b.id, label: tc("batchLabel", { year: b.year, seq: b.seq }) })),
        )}
        {select(
          "project",
          t("filters.project"),
          query.project,
          options.projects.map((p) => ({ value: String(p.seq), label: `${p.seq}. ${p.name}` })),
        )}
        {select(
          "channel",
          t("filters.channel"),
          query.channel,
          (["INDIVIDUAL", "INSTITUTION"] as const).map((c) => ({ value: c, label: t(`channel.${c}`) })),
        )}
        {select(
          "institution",
          t("filters.institution"),
          query.institution,
          options.institutions.map((i) => ({ value: i.id, label: i.name })),
        )}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("filters.dueBy")}
          <input type="date" name="dueBy" defaultValue={query.dueBy ?? ""} className={inputClass} />
        </label>
      </div>
      <div className="mt-3 flex gap-2">
        <button type="submit" className={buttonVariants()}>
          {t("filters.apply")}
        </button>
        <Link href="/staff/review" className={buttonVariants({ variant: "secondary" })}>
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}
