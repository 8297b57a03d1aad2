"use client";

import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { projectName } from "@/lib/domain/catalog/names";
import { rosterColumn } from "@/lib/domain/roster/columns";
import { rosterProblemText } from "@/lib/i18n/roster-problem-text";
import type { RosterPreviewDto } from "@/lib/server/institution/roster/preview-roster";
import { Table, Headings, TBody, TRow, TCell } from "@/components/ui/table";

/**
 * Every row with a problem, each problem under the name of its column (the file's own header,
 * Chinese in every language), in the words of the rule in the reader's language (ADR 154).
 */
export function RosterPreview({ preview }: { preview: RosterPreviewDto }) {
  const t = useTranslations("institution.roster");
  const root = useTranslations();
  const locale = useLocale();
  return (
    <Card aria-labelledby="preview-title" className="flex flex-col gap-3">
      <h2 id="preview-title" className="text-lg font-semibold">
        {t("previewTitle", { file: preview.fileName })}
      </h2>
      <p role="status">{t("summary", { rows: preview.rows, valid: preview.valid, invalid: preview.invalid })}</p>
      {preview.validByProject.length > 0 ? (
        <p className="text-sm text-slate-700">
          {preview.validByProject.map((p) => t("perProject", { ...p, name: projectName(p.name, locale) })).join("；")}
        </p>
      ) : null}
      {preview.needsEvidence > 0 ? <Alert tone="info">{t("needsEvidence", { count: preview.needsEvidence })}</Alert> : null}
      {preview.problemRows.length > 0 ? (
        <div className="overflow-x-auto">
          <Table className="w-full text-left text-sm">
            <caption className="sr-only">{t("problemsCaption")}</caption>
            <Headings
              className="bg-slate-50"
              headings={[
                { label: t("line"), className: "whitespace-nowrap" },
                { label: t("name"), className: "whitespace-nowrap" },
                t("idNumber"),
                t("problems"),
              ]}
            />
            <TBody>
              {preview.problemRows.map((row) => (
                <TRow key={row.line} className="border-t border-slate-100 align-top">
                  <TCell className="p-2">{row.line}</TCell>
                  <TCell className="p-2 whitespace-nowrap">{row.name}</TCell>
                  <TCell className="p-2 font-mono">{row.idNumber}</TCell>
                  <TCell className="p-2">
                    <ul className="flex flex-col gap-1">
                      {row.problems.map((p, i) => (
                        <li key={i}>
                          <span className="font-medium text-red-800" lang="zh-CN">
                            {rosterColumn(p.column).header}
                          </span>
                          {t("problemSeparator")}
                          {rosterProblemText(root, locale, p.failure)}
                        </li>
                      ))}
                    </ul>
                  </TCell>
                </TRow>
              ))}
            </TBody>
          </Table>
          {preview.problemRows.length < preview.invalid ? (
            <p className="mt-2 text-sm">{t("moreInFile", { shown: preview.problemRows.length })}</p>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
