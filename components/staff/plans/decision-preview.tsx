import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { formatYuan } from "@/lib/format";
import type { PlanDecisionPreviewDto } from "@/lib/server/plans/preview-plan-decision";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

/**
 * Before a cancellation or merge is confirmed: each candidate, their status here and in the
 * target, and what will happen to them (moved, already in the target, paid place kept, refund,
 * waiting receipt). Choice boxes belong to the confirm form through `form={formId}` (ADR 080).
 */
export async function DecisionPreview({ preview, formId }: { preview: PlanDecisionPreviewDto; formId: string }) {
  const [t, tc, ts] = await Promise.all([getTranslations("planDecisions"), getTranslations("common"), getTranslations("status")]);
  const move = preview.kind === "move";
  return (
    <div className="flex flex-col gap-3">
      <p>
        {move && preview.target
          ? t("previewMoveIntro", { batch: tc("batchLabel", preview.target), date: preview.target.examDate })
          : t("previewCancelIntro")}
      </p>
      {preview.blocked ? <Alert tone="error">{t("blocked")}</Alert> : null}
      {preview.candidates.length === 0 ? (
        <p className="text-slate-600">{t("noCandidates")}</p>
      ) : (
        <Table
          frameClassName="rounded-lg border border-slate-200 bg-white"
          className="w-full min-w-[48rem] text-sm"
          aria-label={t("previewTitle")}
        >
          <THead className="bg-slate-50 text-left">
            <TRow>
              <THeadCell scope="col" className="p-2">
                {t("columns.candidate")}
              </THeadCell>
              <THeadCell scope="col" className="p-2">
                {t("columns.institution")}
              </THeadCell>
              <THeadCell scope="col" className="p-2">
                {t("columns.status")}
              </THeadCell>
              {move ? (
                <THeadCell scope="col" className="p-2">
                  {t("columns.targetStatus")}
                </THeadCell>
              ) : null}
              <THeadCell scope="col" className="p-2">
                {t("columns.fate")}
              </THeadCell>
              <THeadCell scope="col" className="p-2">
                {t("columns.refund")}
              </THeadCell>
              {move ? (
                <THeadCell scope="col" className="p-2">
                  {t("columns.choice")}
                </THeadCell>
              ) : null}
            </TRow>
          </THead>
          <TBody>
            {preview.candidates.map((c) => (
              <TRow key={c.applicationId} className="border-t border-slate-100 align-top">
                <THeadCell scope="row" className="p-2 text-left font-medium whitespace-nowrap">
                  {c.name}
                  <span className="block font-mono text-xs text-slate-600">{c.maskedIdNumber}</span>
                </THeadCell>
                <TCell className="p-2">{c.institution ?? t("individual")}</TCell>
                <TCell className="p-2">{ts(c.status)}</TCell>
                {move ? <TCell className="p-2">{c.targetStatus ? ts(c.targetStatus) : t("none")}</TCell> : null}
                <TCell className="p-2">
                  {t(`fate.${c.fate}`)}
                  {c.waitingReceipt && !move ? <span className="block text-xs text-amber-800">{t("waitingReceipt")}</span> : null}
                </TCell>
                <TCell className="p-2 font-mono">
                  {c.refund && c.refundFen !== null ? t("refundDue", { amount: formatYuan(c.refundFen) }) : "—"}
                </TCell>
                {move ? (
                  <TCell className="p-2">
                    {c.choice ? (
                      <label className="flex min-h-11 items-center gap-2">
                        <input
                          type="checkbox"
                          name="keepTarget"
                          value={c.applicationId}
                          form={formId}
                          defaultChecked={c.fate === "keptTarget"}
                          className="size-5"
                        />
                        <span className="sr-only">{t("columns.choice")}</span>
                      </label>
                    ) : (
                      "—"
                    )}
                  </TCell>
                ) : null}
              </TRow>
            ))}
          </TBody>
        </Table>
      )}
      {move && preview.candidates.some((c) => c.choice) ? <p className="text-sm text-slate-600">{t("choiceHint")}</p> : null}
      <p role="status">
        {t("tally", {
          moved: preview.tally.moved,
          replaced: preview.tally.replacedTarget,
          kept: preview.tally.keptTarget,
          cancelled: preview.tally.cancelled,
          refunds: preview.tally.refunds,
          waiting: preview.tally.waitingReceipts,
        })}
      </p>
    </div>
  );
}
