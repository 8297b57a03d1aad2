import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Headings, TBody, TCell, THeadCell, TRow, Table } from "@/components/ui/table";
import { Link } from "@/i18n/navigation";
import type { ResultBatchDto } from "@/lib/server/results/results-overview";
import { ImportForm } from "./import-form";
import { PublishButton } from "./publish-button";
import { projectName } from "@/lib/domain/catalog/names";

const sum = <T,>(rows: T[], of: (row: T) => number) => rows.reduce((n, row) => n + of(row), 0);

/** One batch: import its sheet, then publish its notice (八) no earlier than the derived day. */
export async function ResultsBatch({ batch }: { batch: ResultBatchDto }) {
  const locale = await getLocale();
  const [t, tc] = await Promise.all([getTranslations("staffExam.results"), getTranslations("common")]);
  const label = tc("batchLabel", { year: batch.year, seq: batch.seq });
  const pending = batch.plans.filter((p) => !p.noticePublished && p.sat > 0);
  const unpublished = batch.plans.filter((p) => !p.noticePublished).length;
  // 八: the DTO says what may happen today (lib/domain/abilities.ts); the server refuses the same.
  const { noticeOpen } = batch;
  return (
    <Card aria-label={label} className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{t("batchTitle", { batch: label, date: batch.examDate })}</h2>
      <dl className="grid gap-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline text-slate-600">{t("noticeFrom")}：</dt>
          <dd className="inline font-medium tabular-nums">{batch.resultNoticeStart}</dd>
          {!noticeOpen ? <span className="ml-2 text-amber-900">{t("notYet")}</span> : null}
        </div>
        <div>
          <dt className="inline text-slate-600">{t("certificatesFrom")}：</dt>
          <dd className="inline font-medium tabular-nums">{batch.certificateReadyFrom}</dd>
        </div>
      </dl>
      {batch.canImport ? <ImportForm batchId={batch.id} label={label} /> : null}
      <Table className="min-w-[40rem]">
        <Headings
          headings={[
            t("project"),
            { label: t("sat"), align: "right" },
            { label: t("scored"), align: "right" },
            { label: t("passed"), align: "right" },
            { label: t("absent"), align: "right" },
            t("notice"),
          ]}
        />
        <TBody>
          {batch.plans.map((p) => (
            <TRow key={p.id} className="border-t border-slate-100 align-top">
              <THeadCell scope="row" className="text-left font-medium">
                <Link href={`/staff/results/${p.id}`} className="text-brand-700 underline underline-offset-4">
                  {p.project.seq}. {projectName(p.project.name, locale)}
                </Link>
              </THeadCell>
              <TCell className="text-right tabular-nums">{p.sat}</TCell>
              <TCell className="text-right tabular-nums">{p.scored}</TCell>
              <TCell className="text-right tabular-nums">{p.passed}</TCell>
              <TCell className="text-right tabular-nums">{p.absent}</TCell>
              <TCell>
                {p.noticePublished ? (
                  <Badge tone="success">{t("publishedBadge", { certificates: p.certificates, collected: p.collected })}</Badge>
                ) : p.sat > 0 && noticeOpen ? (
                  <PublishButton
                    scope={{ planId: p.id }}
                    label={t("publishPlan")}
                    summary={{ plans: 1, candidates: p.sat, passed: p.passed, absent: p.absent }}
                  />
                ) : p.sat > 0 ? (
                  <span className="text-slate-600">{t("publishFrom", { date: batch.resultNoticeStart })}</span>
                ) : (
                  "—"
                )}
              </TCell>
            </TRow>
          ))}
        </TBody>
      </Table>
      {unpublished > 1 && noticeOpen ? (
        <PublishButton
          scope={{ batchId: batch.id }}
          label={t("publishBatch", { count: unpublished })}
          summary={{
            plans: unpublished,
            candidates: sum(pending, (p) => p.sat),
            passed: sum(pending, (p) => p.passed),
            absent: sum(pending, (p) => p.absent),
          }}
        />
      ) : null}
    </Card>
  );
}
