import type { Failure } from "@/lib/action-result";
import { projectNameOfSeq } from "@/lib/domain/catalog/names";
import { rosterColumn, type RosterColumnKey } from "@/lib/domain/roster/columns";
import { failureText, type RootTranslator } from "./failure-text";

/**
 * One roster problem in the reader's language (ADR 154): the rule's key and values, a project
 * given by its number (`projectSeq`) named from the catalog in this locale. Used by the preview
 * (client) and the invalid-rows workbook (server) alike.
 */
export function rosterProblemText(t: RootTranslator, locale: string, failure: Failure): string {
  const seq = failure.params?.projectSeq;
  const params = typeof seq === "number" ? { ...failure.params, project: projectNameOfSeq(seq, locale) } : failure.params;
  return failureText(t, params ? { key: failure.key, params } : failure.key);
}

/**
 * The workbook's 错误说明 line: the column as the file's header names it (the template's
 * headers are Chinese in every language: the clerk finds the column by them), then the problem.
 */
export function rosterProblemLine(
  t: RootTranslator,
  locale: string,
  problem: { column: RosterColumnKey; failure: Failure },
): string {
  return t("ruleFailures.roster.line", {
    column: rosterColumn(problem.column).header,
    problem: rosterProblemText(t, locale, problem.failure),
  });
}
