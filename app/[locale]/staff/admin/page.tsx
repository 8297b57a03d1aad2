import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionButton } from "@/components/staff/admin/admin-form";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Link } from "@/i18n/navigation";
import { listAdminBatches } from "@/lib/server/admin/manage-batches";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { deleteBatchAction, publishBatchAction } from "./calendar-actions";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffAdmin");
  return { title: t("title") };
}

/** 三: one year's batches, drafts and published, with their warnings and the publish switch. */
export default async function AdminCalendarPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ year?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, ta, tr] = await Promise.all([
    getTranslations("staffAdmin.calendar"),
    getTranslations("staffAdmin"),
    getTranslations(),
  ]);
  const actor = await staffPage("ADMIN", "/staff/admin");
  if (!actor) return <Forbidden role="ADMIN" />;
  const thisYear = Number(todayInBeijing().slice(0, 4));
  const year = /^\d{4}$/.test(query.year ?? "") ? Number(query.year) : thisYear;
  const batches = await listAdminBatches(actor, year);
  const range = (w: { start: string; end: string }) => `${w.start} — ${w.end}`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <form method="get" className="flex items-end gap-2">
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("year")}
            <input name="year" inputMode="numeric" defaultValue={year} className={`${inputClass} w-28`} />
          </label>
          <button type="submit" className={buttonVariants({ variant: "secondary" })}>
            {t("show")}
          </button>
        </form>
        <Link href={{ pathname: "/staff/admin/batches/new", query: { year: String(year) } }} className={buttonVariants()}>
          {t("new")}
        </Link>
      </div>
      {batches.length === 0 ? <p role="status">{t("none")}</p> : null}
      <ol className="flex flex-col gap-3">
        {batches.map((b) => (
          <li key={b.id}>
            <Card aria-label={t("batch", { seq: b.seq })}>
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="text-lg font-semibold">{t("batch", { seq: b.seq })}</h2>
                <Badge tone={b.published ? "success" : "warning"}>{b.published ? t("published") : t("draft")}</Badge>
                <span className="text-sm text-slate-600">{t("applications", { n: b.applications })}</span>
              </div>
              <p className="mt-1 text-sm">
                {t("windows", {
                  registration: range(b.registration),
                  review: range(b.review),
                  payment: range(b.payment),
                  ticket: range(b.ticket),
                  exam: b.examDate,
                })}
              </p>
              {b.warnings.map((w) => (
                <p key={`${w.key}-${JSON.stringify(w.values)}`} className="mt-1 text-sm text-amber-900">
                  {tr(w.key, w.values)}
                </p>
              ))}
              <div className="mt-2 flex flex-wrap gap-2">
                {b.can.canEditWindows ? (
                  <Link
                    href={`/staff/admin/batches/${b.id}`}
                    className={buttonVariants({ variant: "secondary", className: "min-h-9 px-3 text-sm" })}
                  >
                    {ta("edit")}
                  </Link>
                ) : null}
                {b.can.canUnpublish ? (
                  <ActionButton
                    action={publishBatchAction}
                    hidden={{ batchId: b.id, published: "false" }}
                    label={t("unpublish")}
                  />
                ) : null}
                {b.can.canPublish ? (
                  <>
                    <ActionButton
                      action={publishBatchAction}
                      hidden={{ batchId: b.id, published: "true" }}
                      label={t("publish")}
                      variant="primary"
                    />
                    <ActionButton
                      action={deleteBatchAction}
                      hidden={{ batchId: b.id }}
                      label={tr("batchHousekeeping.delete")}
                      variant="danger"
                    />
                  </>
                ) : null}
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
