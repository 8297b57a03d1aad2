import { getLocale, getTranslations } from "next-intl/server";
import { BatchPicker } from "@/components/institution/batch-picker";
import { DownloadButton } from "@/components/institution/download-button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Headings, TBody, TCell, TRow, Table } from "@/components/ui/table";
import { listResults } from "@/lib/server/institution/results/list-results";
import { openBatchPage, type BatchPageProps } from "../batch-page";
import { projectName } from "@/lib/domain/catalog/names";

export const dynamic = "force-dynamic";

/** 八 九: passed candidates once the notice is published, and the 证书登记表 to collect certificates. */
export default async function ResultsPage(props: BatchPageProps) {
  // The most recent exam by default: results follow it (八).
  const { actor, batch, options } = await openBatchPage(
    props,
    "/institution/results",
    "exam",
    (batches, today) => batches.filter((b) => b.examDate <= today).at(-1)?.id,
  );
  const t = await getTranslations("institution.results");
  const locale = await getLocale();
  const tb = await getTranslations("institutionBatch.results");
  if (!batch) return <p role="status">{t("noBatch")}</p>;
  const results = await listResults(actor, batch.id);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <BatchPicker options={options} selected={batch} phase="exam" />
      <Alert tone="info">{t("certificates", { date: results.certificateReadyFrom })}</Alert>
      {results.plans.length === 0 ? <p role="status">{t("none")}</p> : null}
      {results.plans.some((p) => p.certificates > 0) ? (
        <DownloadButton
          href={`/downloads/institution/batch-collection-form/${batch.id}`}
          label={tb("wholeBatchForm")}
          fileName={`证书登记表-${batch.year}年第${batch.seq}批-全部项目.pdf`}
        />
      ) : null}
      {results.plans.map((plan) => (
        <Card key={plan.planId} aria-labelledby={`r-${plan.planId}`} className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`r-${plan.planId}`} className="text-lg font-semibold">
              {t("planTitle", { project: projectName(plan.projectName, locale), count: plan.passed.length })}
            </h2>
            {plan.certificates > 0 ? (
              <DownloadButton
                href={`/downloads/institution/collection-form/${plan.planId}`}
                label={t("form")}
                fileName={`证书登记表-${plan.projectName}.pdf`}
              />
            ) : null}
          </div>
          <Table className="text-left">
            <Headings className="bg-slate-50" headings={[t("name"), t("idNumber"), t("score"), t("certificate")]} />
            <TBody>
              {plan.passed.map((p) => (
                <TRow key={`${p.name}-${p.maskedIdNumber}`} className="border-t border-slate-100">
                  <TCell>{p.name}</TCell>
                  <TCell className="font-mono">{p.maskedIdNumber}</TCell>
                  <TCell>{p.score}</TCell>
                  <TCell className="font-mono">{p.certificateNumber ?? "—"}</TCell>
                </TRow>
              ))}
            </TBody>
          </Table>
          <h3 className="font-semibold">{tb("absent", { count: plan.absent.length })}</h3>
          {plan.absent.length === 0 ? (
            <p className="text-sm text-slate-600">{tb("noneAbsent")}</p>
          ) : (
            <ul className="text-sm">
              {plan.absent.map((p) => (
                <li key={`${p.name}-${p.maskedIdNumber}`}>
                  {p.name} <span className="font-mono">{p.maskedIdNumber}</span>
                </li>
              ))}
            </ul>
          )}
          <h3 className="font-semibold">{tb("failed", { count: plan.failed.length })}</h3>
          {plan.failed.length === 0 ? (
            <p className="text-sm text-slate-600">{tb("noneFailed")}</p>
          ) : (
            <ul className="text-sm">
              {plan.failed.map((p) => (
                <li key={`${p.name}-${p.maskedIdNumber}`}>
                  {p.name} <span className="font-mono">{p.maskedIdNumber}</span> {p.score}
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}
    </div>
  );
}
