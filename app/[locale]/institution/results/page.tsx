import { getTranslations } from "next-intl/server";
import { BatchPicker } from "@/components/institution/batch-picker";
import { DownloadButton } from "@/components/institution/download-button";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { listResults } from "@/lib/server/institution/results/list-results";
import { openBatchPage, type BatchPageProps } from "../batch-page";

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
  if (!batch) return <p role="status">{t("noBatch")}</p>;
  const results = await listResults(actor, batch.id);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <BatchPicker options={options} selected={batch} phase="exam" />
      <Alert tone="info">{t("certificates", { date: results.certificateReadyFrom })}</Alert>
      {results.plans.length === 0 ? <p role="status">{t("none")}</p> : null}
      {results.plans.map((plan) => (
        <Card key={plan.planId} aria-labelledby={`r-${plan.planId}`} className="flex flex-col gap-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`r-${plan.planId}`} className="text-lg font-semibold">
              {t("planTitle", { project: plan.projectName, count: plan.passed.length })}
            </h2>
            {plan.certificates > 0 ? (
              <DownloadButton
                href={`/downloads/institution/collection-form/${plan.planId}`}
                label={t("form")}
                fileName={`证书登记表-${plan.projectName}.pdf`}
              />
            ) : null}
          </div>
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50">
              <tr>
                <th className="p-2">{t("name")}</th>
                <th className="p-2">{t("idNumber")}</th>
                <th className="p-2">{t("score")}</th>
                <th className="p-2">{t("certificate")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.passed.map((p) => (
                <tr key={`${p.name}-${p.maskedIdNumber}`} className="border-t border-slate-100">
                  <td className="p-2">{p.name}</td>
                  <td className="p-2 font-mono">{p.maskedIdNumber}</td>
                  <td className="p-2">{p.score}</td>
                  <td className="p-2 font-mono">{p.certificateNumber ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ))}
    </div>
  );
}
