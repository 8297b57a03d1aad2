import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { zipReportLineText } from "@/components/institution/zip-report-lines";
import { failureText } from "@/lib/i18n/failure-text";
import { MESSAGES } from "@/messages";
import { readStoredZipReport } from "./stored-report";

const en = createTranslator({ locale: "en", messages: MESSAGES.en });
const zh = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] });

const report = {
  entries: 3,
  stored: [{ file: "a_照片.jpg", name: "甲", kind: "PHOTO", size: 250_000, adjusted: null, projects: ["大数据采集"] }],
  refused: [
    {
      file: "b.pdf",
      reason: { key: "ruleFailures.upload.tooSmallPdf", params: { size: "120 KB", min: "200 KB" } },
      project: "大数据采集",
    },
  ],
  unmatched: [{ file: "c.jpg", reason: { key: "ruleFailures.zip.unknownIdNumber" } }],
  ignored: [],
  missing: [
    {
      applicationId: "x",
      name: "甲",
      projectName: "大数据采集",
      status: "DRAFT",
      missing: ["考生照片"],
      missingKinds: ["PHOTO"],
    },
  ],
  submit: { submitted: [], notSubmitted: [{ applicationId: "x", name: "甲", reason: { key: "errors.pledgeRequired" } }] },
};

describe("a zip report kept as JSON (ADR 108, 149)", () => {
  it("reads today's report as written, and its lines are English on /en", () => {
    const read = readStoredZipReport(JSON.stringify(report));
    expect(read).toEqual(report);
    expect(zipReportLineText(en, "en", read.unmatched[0]!)).toBe(
      "No candidate of this batch has this ID number: import the roster first or check the number.",
    );
    expect(zipReportLineText(en, "en", read.refused[0]!)).toMatch(/^Big Data Collection: The PDF file is 120 KB/);
    expect(zipReportLineText(zh, "zh-CN", read.refused[0]!)).toMatch(/^大数据采集：PDF 文件为 120 KB/);
  });

  it("reads a report written before keys: its sentences kept as written, the type and missing scans by kind", () => {
    const old = {
      ...report,
      stored: [{ ...report.stored[0], kind: "照片" }],
      refused: [{ file: "b.pdf", message: "大数据采集：PDF 文件为 120 KB，小于要求的 200 KB。" }],
      unmatched: [{ file: "c.jpg", message: "本批次没有该身份证号码的考生，请先导入花名册或核对号码。" }],
      ignored: [{ file: "d/", message: "文件夹，已跳过。" }],
      missing: [{ applicationId: "x", name: "甲", projectName: "大数据采集", status: "DRAFT", missing: ["考生照片"] }],
      submit: { submitted: [], notSubmitted: [{ applicationId: "x", name: "甲", reason: "请先阅读并接受诚信承诺书。" }] },
    };
    const read = readStoredZipReport(JSON.stringify(old));
    expect(read.stored[0]!.kind).toBe("PHOTO");
    expect(read.missing[0]!.missingKinds).toEqual(["PHOTO"]);
    expect(read.ignored).toEqual([
      { file: "d/", reason: { key: "ruleFailures.zip.asStored", params: { text: "文件夹，已跳过。" } } },
    ]);
    expect(zipReportLineText(en, "en", read.refused[0]!)).toBe("大数据采集：PDF 文件为 120 KB，小于要求的 200 KB。");
    expect(failureText(en, read.submit.notSubmitted[0]!.reason)).toBe("请先阅读并接受诚信承诺书。");
  });
});
