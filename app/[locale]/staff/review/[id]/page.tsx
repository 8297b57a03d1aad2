import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { QueueNav } from "@/components/staff/keys/queue-nav";
import { ShortcutHelp } from "@/components/staff/keys/shortcut-help";
import { DecisionPanel } from "@/app/[locale]/staff/review/[id]/_components/decision-panel";
import { ReviewData } from "@/app/[locale]/staff/review/[id]/_components/review-data";
import { ReviewFiles } from "@/components/staff/review/review-files";
import { ReviewEligibility, ReviewHistory } from "@/components/staff/review/review-history";
import { Alert } from "@/components/ui/alert";
import { AppError } from "@/lib/app-error";
import { reviewQueueQuerySchema } from "@/lib/schemas/staff-review-schema";
import { searchOf } from "@/lib/search-params";
import { listActiveReturnReasons } from "@/lib/server/admin/manage-return-reasons";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { getReviewApplication } from "@/lib/server/review/get-review-application";
import { reviewQueueNeighbours } from "@/lib/server/review/review-queue-neighbours";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffReview.detail");
  return { title: t("title") };
}

/**
 * 四: one application per screen — data and the verdict on the left, the files on the right.
 * The query string is the queue's filters it was opened from: next / previous stay in that queue.
 */
export default async function ReviewApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ locale, id }, raw] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, ts, tw] = await Promise.all([
    getTranslations("staffReview"),
    getTranslations("status"),
    getTranslations("windowRules"),
  ]);
  const actor = await staffPage("REVIEWER", `/staff/review/${id}`);
  if (!actor) return <Forbidden role="REVIEWER" />;
  const today = todayInBeijing();
  const parsed = reviewQueueQuerySchema.safeParse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const query = parsed.success ? parsed.data : reviewQueueQuerySchema.parse({});
  const [app, around, readyReasons] = await Promise.all([
    getReviewApplication(actor, id, today).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    reviewQueueNeighbours(actor, query, id),
    listActiveReturnReasons(actor),
  ]);
  const search = searchOf(query, reviewQueueQuerySchema.parse({}));
  const item = (other: string | null) => (other ? { pathname: `/staff/review/${other}`, query: search } : null);
  const queue = { pathname: "/staff/review", query: search };
  return (
    <div className="flex flex-col gap-4">
      <QueueNav back={queue} backLabel={t("detail.back")} previous={item(around.previous)} next={item(around.next)} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">
          {t("detail.title")}：{app.candidate.name}
        </h1>
        <StatusBadge status={app.status} />
      </div>
      <ShortcutHelp set="review" />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-4">
          <ReviewData app={app} />
          <ReviewEligibility app={app} />
          <ReviewHistory app={app} />
        </div>
        <div className="flex flex-col gap-4">
          <DecisionPanel
            queue={queue}
            applicationId={app.id}
            version={app.version}
            payment={app.batch.payment}
            reviewEnd={app.batch.review.end}
            readyReasons={readyReasons.map((r) => ({ id: r.id, field: r.field, text: locale === "en" ? r.textEn : r.textZh }))}
            blocked={
              app.decide.allowed
                ? null
                : app.status === "SUBMITTED"
                  ? tw(app.decide.reason.key, app.decide.reason.params)
                  : t("detail.notDecidable", { status: ts(app.status) })
            }
          />
          {app.status === "REJECTED" && app.rejectReason ? (
            <Alert tone="error">
              {t("detail.rejectReason")}：{app.rejectReason}
            </Alert>
          ) : null}
          <ReviewFiles app={app} locale={locale} />
        </div>
      </div>
    </div>
  );
}
