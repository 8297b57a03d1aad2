import { Fragment } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Headings, TBody, TCell, THeadCell, TRow, Table } from "@/components/ui/table";
import { displayTicketNumber } from "@/lib/domain/ticket-number";
import { describeResult, encodeResult } from "@/lib/domain/score-correction";
import { formatBeijing } from "@/lib/format";
import type { ResultRowDto } from "@/lib/server/results/list-plan-results";
import { CorrectScoreForm } from "./correct-score-form";

/**
 * 八 the plan's results, each with its correction history in view and, once the notice is
 * published, its "更正成绩" form (before that a wrong score is fixed by re-importing the sheet).
 */
export async function ScoreTable({ rows, noticePublished }: { rows: ResultRowDto[]; noticePublished: boolean }) {
  const [t, td] = await Promise.all([getTranslations("staffExam.correction"), getTranslations("resultDisplay")]);
  const locale = await getLocale();
  if (rows.length === 0) return <p className="text-slate-600">{t("none")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="min-w-[52rem]">
      <Headings
        className="bg-slate-50"
        headings={[t("name"), t("idNumber"), t("ticket"), t("result"), t("certificate"), t("action")]}
      />
      <TBody>
        {rows.map((r) => (
          <Fragment key={r.applicationId}>
            <TRow className="border-t border-slate-100 align-top">
              <THeadCell scope="row" className="text-left font-medium">
                {r.name}
              </THeadCell>
              <TCell className="font-mono text-xs">{r.maskedIdNumber}</TCell>
              <TCell className="font-mono whitespace-nowrap">{displayTicketNumber(r.ticketNumber)}</TCell>
              <TCell>
                <span className={r.passed ? "font-medium text-green-800" : undefined}>
                  {r.display.kind === "scored" ? describeResult(r.result, locale) : td(r.display.kind)}
                </span>
                {r.corrections.length > 0 ? (
                  <Badge tone="warning" className="ml-2">
                    {t("correctedBadge", { count: r.corrections.length })}
                  </Badge>
                ) : null}
              </TCell>
              <TCell className="font-mono text-xs">{r.certificateNumber ?? "—"}</TCell>
              <TCell>
                {noticePublished ? (
                  <details>
                    <summary className="cursor-pointer text-brand-700 underline underline-offset-4">{t("open")}</summary>
                    <div className="mt-2 w-72">
                      <CorrectScoreForm
                        applicationId={r.applicationId}
                        who={r.name}
                        expected={encodeResult(r.result)}
                        seen={r.corrections.length}
                        certificateNumber={r.passed ? r.certificateNumber : null}
                      />
                    </div>
                  </details>
                ) : (
                  <span className="text-slate-600">{t("reimport")}</span>
                )}
              </TCell>
            </TRow>
            {r.corrections.length > 0 ? (
              <TRow>
                <TCell colSpan={6} className="px-2 pt-0 pb-2">
                  <ol
                    aria-label={t("historyFor", { who: r.name })}
                    className="flex flex-col gap-1 rounded bg-amber-50 p-2 text-xs"
                  >
                    {r.corrections.map((c, i) => (
                      <li key={i}>
                        {t("historyLine", {
                          at: formatBeijing(new Date(c.at)),
                          by: c.by,
                          before: describeResult(c.before, locale),
                          after: describeResult(c.after, locale),
                          reason: c.reason,
                        })}
                        {c.revokedCertificateNumber ? t("historyRevoked", { certificate: c.revokedCertificateNumber }) : null}
                      </li>
                    ))}
                  </ol>
                </TCell>
              </TRow>
            ) : null}
          </Fragment>
        ))}
      </TBody>
    </Table>
  );
}
