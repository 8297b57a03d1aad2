import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/lib/cn";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";
import { ReturnReasons } from "./return-reasons";
import { StatusBadge } from "./status-badge";
import { projectName } from "@/lib/domain/catalog/names";

type Detail = ApplicationDetailDto;

/**
 * The pieces of an application's detail that the candidate and their institution see alike
 * (one DTO, `getApplication`). What each page adds around them differs on purpose: the
 * institution reads the condition and review due date, the candidate their room and seat.
 */
export async function ApplicationHeading({ application: a }: { application: Detail }) {
  const locale = await getLocale();
  const [t, tc] = await Promise.all([getTranslations("applications"), getTranslations("common")]);
  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg font-semibold">
          {t("batchProject", {
            batch: tc("batchLabel", { year: a.batch.year, seq: a.batch.seq }),
            project: projectName(a.project.name, locale),
          })}
        </h2>
        <StatusBadge status={a.status} result={a.resultBadge} />
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {t("candidate")}：{a.candidate.name}（{a.candidate.maskedIdNumber}）
      </p>
    </>
  );
}

/**
 * 八: the published result by what happened (lib/domain/result-display): 缺考, or the score and
 * whether it passes; nothing for someone never admitted to the exam (never 「—（不合格）」).
 */
export async function ResultLine({ application: a, className }: { application: Detail; className?: string }) {
  const r = a.result;
  if (!r || r.kind === "not-admitted" || r.kind === "pending") return null;
  const t = await getTranslations("resultDisplay");
  const text = r.kind === "scored" ? t("scored", { score: r.score, passed: String(r.passed) }) : t(r.kind);
  return <p className={cn("font-semibold", className)}>{t("line", { result: text })}</p>;
}

/** The center's word when it sent the application back (四(二)3) or refused it. */
export async function ReviewOutcome({ application: a }: { application: Detail }) {
  const t = await getTranslations("applications");
  return (
    <>
      {a.status === "RETURNED" && a.returnReasons ? <ReturnReasons reasons={a.returnReasons} /> : null}
      {a.status === "REJECTED" && a.rejectReason ? (
        <Alert tone="error">
          {t("rejectReason")}：{a.rejectReason}
        </Alert>
      ) : null}
    </>
  );
}

/** 九 after 八 (issue 12 item 8): the passed candidate's two certificate dates. */
export async function CertificateDatesNote({ application: a }: { application: Detail }) {
  const r = a.result;
  if (!a.certificateDates || r?.kind !== "scored" || !r.passed) return null;
  const t = await getTranslations("certificateDates");
  return (
    <ul className="mt-1 text-sm text-slate-700">
      <li>{t("electronic", { date: a.certificateDates.electronicFrom })}</li>
      <li>{t("paper", { date: a.certificateDates.paperFrom })}</li>
    </ul>
  );
}
