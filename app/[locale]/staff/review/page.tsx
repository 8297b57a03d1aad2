import { getTranslations, setRequestLocale } from "next-intl/server";
import { ShortcutHelp } from "@/components/staff/keys/shortcut-help";
import { BulkApproveForm } from "@/app/[locale]/staff/review/_components/bulk-approve-form";
import { Pager } from "@/components/staff/review/pager";
import { QueueFilters } from "@/components/staff/review/queue-filters";
import { QueueTable } from "@/components/staff/review/queue-table";
import { reviewQueueQuerySchema } from "@/lib/schemas/staff-review-schema";
import { searchOf } from "@/lib/search-params";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { listBatches } from "@/lib/server/catalog/list-batches";
import { listInstitutions } from "@/lib/server/catalog/list-institutions";
import { listProjects } from "@/lib/server/catalog/list-projects";
import { listReviewQueue } from "@/lib/server/review/list-review-queue";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffReview");
  return { title: t("title") };
}

/** 四: the reviewer's queue, filtered by GET parameters, most urgent first. */
export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale }, raw] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("staffReview");
  const actor = await staffPage("REVIEWER", "/staff/review");
  if (!actor) return <Forbidden role="REVIEWER" />;
  const parsed = reviewQueueQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const query = parsed.success ? parsed.data : reviewQueueQuerySchema.parse({});
  const today = todayInBeijing();
  const year = Number(today.slice(0, 4));
  const [queue, batches, nextYear, projects, institutions] = await Promise.all([
    listReviewQueue(actor, query, today),
    listBatches(year),
    listBatches(year + 1),
    listProjects(),
    listInstitutions(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ShortcutHelp set="queue" />
      <QueueFilters query={query} options={{ batches: [...batches, ...nextYear], projects, institutions }} />
      <BulkApproveForm hasClean={queue.rows.some((r) => r.clean)}>
        <QueueTable rows={queue.rows} search={searchOf(query, reviewQueueQuerySchema.parse({}))} />
      </BulkApproveForm>
      <Pager
        path="/staff/review"
        params={{ ...query, page: undefined }}
        page={queue.page}
        pageSize={queue.pageSize}
        total={queue.total}
        namespace="staffReview"
      />
    </div>
  );
}
