import { getTranslations, setRequestLocale } from "next-intl/server";
import { CandidateFilters } from "@/components/institution/candidate-filters";
import { CandidateTable } from "@/components/institution/candidate-table";
import { Link } from "@/i18n/navigation";
import { candidateFilterSchema } from "@/lib/schemas/institution-filter-schema";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listBatchOptions } from "@/lib/server/institution/batch-options";
import { listInstitutionCandidates } from "@/lib/server/institution/candidates/list-candidates";
import { institutionOverview } from "@/lib/server/institution/overview";
import { institutionPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

/** Issue 4 "following their candidates". */
export default async function CandidatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await institutionPage("/institution/candidates");
  const today = todayInBeijing();
  const filter = candidateFilterSchema.parse(await searchParams);
  const [list, batches, overview, t] = await Promise.all([
    listInstitutionCandidates(actor, filter, today),
    listBatchOptions(today),
    institutionOverview(actor, today),
    getTranslations("institution.candidates"),
  ]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const query = (page: number) => ({
    ...(filter.batch ? { batch: filter.batch } : {}),
    ...(filter.project ? { project: String(filter.project) } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.q ? { q: filter.q } : {}),
    page: String(page),
  });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <CandidateFilters filter={filter} batches={batches} projects={overview.projects} />
      <p role="status">{t("count", { total: list.total, page: list.page, pages })}</p>
      <CandidateTable rows={list.rows} today={today} />
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex gap-3">
          {list.page > 1 ? (
            <Link href={{ pathname: "/institution/candidates", query: query(list.page - 1) }}>{t("previous")}</Link>
          ) : null}
          {list.page < pages ? (
            <Link href={{ pathname: "/institution/candidates", query: query(list.page + 1) }}>{t("nextPage")}</Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
