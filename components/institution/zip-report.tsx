"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { useFailureText } from "@/components/ui/failure-text";
import { projectName } from "@/lib/domain/catalog/names";
import { formatFileSize } from "@/lib/domain/upload-rules";
import { listSeparator } from "@/lib/i18n/format";
import type { ZipImportReport, ZipReportLine } from "@/lib/server/institution/attachments/import-zip";
import { zipReportLineText } from "./zip-report-lines";

/** A long list (a zip of 500 candidates stores 3,000 files) folds away; problems stay open. */
const FOLD_AFTER = 20;

function Section({
  title,
  children,
  count,
  fold = false,
}: {
  title: string;
  count: number;
  children: ReactNode;
  fold?: boolean;
}) {
  if (count === 0) return null;
  const list = <ul className="list-disc pl-5 text-sm">{children}</ul>;
  if (fold && count > FOLD_AFTER) {
    return (
      <details className="flex flex-col gap-1">
        <summary className="cursor-pointer font-semibold">
          {title}（{count}）
        </summary>
        {list}
      </details>
    );
  }
  return (
    <section className="flex flex-col gap-1">
      <h3 className="font-semibold">
        {title}（{count}）
      </h3>
      {list}
    </section>
  );
}

/** The import's report: what was stored (and auto-fitted), refused, unmatched, ignored, and what is still missing. */
export function ZipReport({ report }: { report: ZipImportReport }) {
  const t = useTranslations("institution.attachments");
  const ta = useTranslations("attachments");
  const root = useTranslations();
  const locale = useLocale();
  const say = useFailureText();
  const line = (r: ZipReportLine) => zipReportLineText(root, locale, r);
  const projects = (names: string[]) => names.map((n) => projectName(n, locale)).join(listSeparator(locale));
  // No one accepted these one by one (ADR 032): they are listed apart, never folded away.
  const adjusted = report.stored.filter((s) => s.adjusted !== null);
  return (
    <Card aria-labelledby="zip-report" className="flex flex-col gap-3">
      <h2 id="zip-report" className="text-lg font-semibold">
        {t("reportTitle")}
      </h2>
      <p role="status">
        {t("summary", {
          entries: report.entries,
          stored: report.stored.length,
          refused: report.refused.length,
          unmatched: report.unmatched.length,
          submitted: report.submit.submitted.length,
        })}
      </p>
      <Section title={t("storedTitle")} count={report.stored.length} fold>
        {report.stored.map((s, i) => (
          <li key={i}>
            {s.name} · {projects(s.projects)} · {ta(s.kind)} · {formatFileSize(s.size)}
            {s.adjusted
              ? `（${t("adjusted", { before: formatFileSize(s.adjusted.before), after: formatFileSize(s.adjusted.after) })}）`
              : ""}
          </li>
        ))}
      </Section>
      <Section title={t("adjustedTitle")} count={adjusted.length}>
        {adjusted.map((s, i) => (
          <li key={i}>
            {s.name} · {ta(s.kind)}：
            {t("adjusted", { before: formatFileSize(s.adjusted!.before), after: formatFileSize(s.adjusted!.after) })}
          </li>
        ))}
      </Section>
      <Section title={t("refusedTitle")} count={report.refused.length}>
        {report.refused.map((r, i) => (
          <li key={i}>
            <span className="font-mono">{r.file}</span>：{line(r)}
          </li>
        ))}
      </Section>
      <Section title={t("unmatchedTitle")} count={report.unmatched.length}>
        {report.unmatched.map((r, i) => (
          <li key={i}>
            <span className="font-mono">{r.file}</span>：{line(r)}
          </li>
        ))}
      </Section>
      <Section title={t("ignoredTitle")} count={report.ignored.length}>
        {report.ignored.map((r, i) => (
          <li key={i}>
            <span className="font-mono">{r.file}</span>：{line(r)}
          </li>
        ))}
      </Section>
      <Section title={t("submittedTitle")} count={report.submit.submitted.length} fold>
        {report.submit.submitted.map((s) => (
          <li key={s.applicationId}>{s.name}</li>
        ))}
      </Section>
      <Section title={t("notSubmittedTitle")} count={report.submit.notSubmitted.length}>
        {report.submit.notSubmitted.map((s) => (
          <li key={s.applicationId}>{t("notSubmittedLine", { name: s.name, reason: say(s.reason) })}</li>
        ))}
      </Section>
      <Section title={t("missingTitle")} count={report.missing.length}>
        {report.missing.map((m) => (
          <li key={m.applicationId}>
            {m.name}（{projectName(m.projectName, locale)}）：{m.missingKinds.map((k) => ta(k)).join(listSeparator(locale))}
          </li>
        ))}
      </Section>
    </Card>
  );
}
