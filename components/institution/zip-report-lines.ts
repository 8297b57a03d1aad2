import { projectName } from "@/lib/domain/catalog/names";
import { failureText, type RootTranslator } from "@/lib/i18n/failure-text";
import type { ZipReportLine } from "@/lib/server/institution/attachments/import-zip";

/**
 * Why one file of a zip was not stored, in the page's language (ADR 149): the line's failure said
 * by `failureText`, after the project whose application refused it when the person has several.
 */
export function zipReportLineText(t: RootTranslator, locale: string, line: ZipReportLine): string {
  const reason = failureText(t, line.reason);
  return line.project ? t("ruleFailures.upload.forProject", { project: projectName(line.project, locale), reason }) : reason;
}
