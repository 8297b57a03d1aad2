import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { rosterProblemText } from "@/lib/i18n/roster-problem-text";
import { MESSAGES } from "@/messages";
import { readStoredRosterResult } from "./stored-roster-result";

const en = createTranslator({ locale: "en", messages: MESSAGES.en });

const preview = (problems: unknown[]) => ({
  ok: true,
  data: {
    uploadId: "u",
    fileName: "花名册.xlsx",
    format: "xlsx",
    rows: 1,
    valid: 0,
    invalid: 1,
    validByProject: [],
    needsEvidence: 0,
    problemRows: [{ line: 2, name: "张三", idNumber: "1", problems }],
  },
});

describe("a roster preview kept by the resumable import (ArchiveImport.report), ADR 154", () => {
  it("reads today's shape as it is", () => {
    const problems = [{ column: "idNumber", failure: { key: "ruleFailures.roster.idNumber.checksum" } }];
    const result = readStoredRosterResult(JSON.stringify(preview(problems)));
    expect(result.ok && result.data.problemRows[0]?.problems).toEqual(problems);
  });

  it("keeps a sentence written before the keys as it was written", () => {
    const old = "身份证号码校验位不正确，通常是某一位数字输错了，请对照身份证逐位核对。";
    const result = readStoredRosterResult(JSON.stringify(preview([{ column: "idNumber", message: old }])));
    const problem = result.ok ? result.data.problemRows[0]?.problems[0] : undefined;
    expect(problem).toEqual({ column: "idNumber", failure: { key: "ruleFailures.roster.asStored", params: { text: old } } });
    expect(rosterProblemText(en, "en", problem!.failure)).toBe(old);
  });

  it("passes a refusal through", () => {
    const refused = { ok: false, formError: { key: "institution.errors.roster.headers" }, fieldErrors: {}, values: {} };
    expect(readStoredRosterResult(JSON.stringify(refused))).toEqual(refused);
  });
});
