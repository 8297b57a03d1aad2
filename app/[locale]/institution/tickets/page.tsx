import { getLocale, getTranslations } from "next-intl/server";
import { BatchPicker } from "@/components/institution/batch-picker";
import { DownloadButton } from "@/components/institution/download-button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { ticketOverview } from "@/lib/server/institution/tickets/batch-tickets";
import { openBatchPage, type BatchPageProps } from "../batch-page";
import { projectName } from "@/lib/domain/catalog/names";

export const dynamic = "force-dynamic";

/** 六: print the confirmed candidates' tickets, one PDF per plan, and hand them out in time. */
export default async function TicketsPage(props: BatchPageProps) {
  const { actor, today, options, batch } = await openBatchPage(props, "/institution/tickets", "ticket");
  const t = await getTranslations("institution.tickets");
  const locale = await getLocale();
  const tb = await getTranslations("institutionBatch.tickets");
  if (!batch) return <p role="status">{t("noBatch")}</p>;
  const overview = await ticketOverview(actor, batch.id, today);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <BatchPicker options={options} selected={batch} phase="ticket" />
      <Alert tone="info">{t("handout", { deadline: overview.handoutDeadline, exam: overview.examDate })}</Alert>
      {overview.downloadable ? null : <p role="status">{t("closed", overview.ticketWindow)}</p>}
      {overview.plans.length === 0 ? <p role="status">{t("none")}</p> : null}
      {overview.downloadable && overview.plans.length > 0 ? (
        <Card className="flex flex-wrap items-center justify-between gap-3 border-brand-600">
          <DownloadButton
            href={`/downloads/institution/batch-tickets/${batch.id}`}
            label={tb("wholeBatch", { count: overview.plans.reduce((sum, p) => sum + p.tickets, 0) })}
            fileName={`准考证-${batch.year}年第${batch.seq}批-全部项目.pdf`}
          />
        </Card>
      ) : null}
      {overview.plans.map((plan) => (
        <Card key={plan.planId} className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h2 className="text-lg font-semibold">{projectName(plan.projectName, locale)}</h2>
            <p className="text-sm">{t("count", { count: plan.tickets })}</p>
          </div>
          {overview.downloadable ? (
            <DownloadButton
              href={`/downloads/institution/batch-tickets/${batch.id}?plan=${plan.planId}`}
              label={`${tb("perProject")}：${t("download", { count: plan.tickets })}`}
              fileName={`准考证-${plan.projectName}.pdf`}
            />
          ) : null}
        </Card>
      ))}
    </div>
  );
}
