import { getLocale, getTranslations } from "next-intl/server";
import { MarkedFailure, StoredText } from "@/components/i18n/stored-text";
import { isKnownKey } from "@/lib/i18n/message-key";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/i18n/format";
import type { ReviewApplicationDto } from "@/lib/server/review/get-review-application";
import { EligibilityBadge } from "./eligibility-badge";
import { evidenceText } from "@/lib/domain/catalog/names";

/** The portal's eligibility verdict (附件1) with the evidence staff must judge, and what happened before. */
export async function ReviewEligibility({ app }: { app: ReviewApplicationDto }) {
  const [t, root, locale] = await Promise.all([getTranslations("staffReview.detail"), getTranslations(), getLocale()]);
  const e = app.eligibility;
  return (
    <Card aria-labelledby="eligibility">
      <h2 id="eligibility" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
        {t("eligibility")} <EligibilityBadge result={e?.result ?? null} />
      </h2>
      {e && e.because.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {e.because.map((r, i) => (
            <li key={i}>
              <MarkedFailure t={root} failure={r} />
            </li>
          ))}
        </ul>
      ) : null}
      {e?.evidence || app.condition?.evidence ? (
        <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
          {t("evidence", { evidence: evidenceText(e?.evidence ?? app.condition?.evidence ?? "", locale) })}
        </p>
      ) : null}
    </Card>
  );
}

export async function ReviewHistory({ app }: { app: ReviewApplicationDto }) {
  const [t, ts, tf] = await Promise.all([
    getTranslations("staffReview.detail"),
    getTranslations("status"),
    getTranslations("reviewFields"),
  ]);
  const [root, locale] = await Promise.all([getTranslations(), getLocale()]);
  const resubmitted = app.status === "SUBMITTED" && app.lastReturnReasons;
  return (
    <>
      {resubmitted ? (
        <Alert tone="info">
          <p className="font-semibold">{t("lastReasons")}</p>
          <ul className="mt-1 list-disc pl-5">
            {Object.entries(app.lastReturnReasons ?? {}).map(([key, reason]) => (
              <li key={key}>
                {isKnownKey(tf, key) ? tf(key) : key}：<span lang="zh-CN">{reason}</span>
              </li>
            ))}
          </ul>
          {app.changedSinceReturn.length === 0 ? <p className="mt-1">{t("changedNone")}</p> : null}
        </Alert>
      ) : null}
      <Card aria-labelledby="history">
        <h2 id="history" className="text-lg font-semibold">
          {t("timeline")}
        </h2>
        <ol className="mt-2 border-l-2 border-brand-100 pl-4 text-sm">
          {app.timeline.map((e, i) => (
            <li key={`${e.at}-${i}`} className="mb-2">
              <p className="text-slate-600">
                {formatDateTime(e.at, locale)} · {e.actor ?? t("system")}
              </p>
              <p className="font-medium">{ts(e.toStatus)}</p>
              <StoredText
                t={root}
                locale={locale}
                messageKey={e.noteKey}
                params={e.noteParams}
                fallback={e.note}
                className="text-slate-700"
              />
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
