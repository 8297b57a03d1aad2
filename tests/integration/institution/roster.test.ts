import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withCheckDigit } from "@/lib/domain/id-number";
import { invalidRowsWorkbook } from "@/lib/server/institution/roster/roster-downloads";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { submitRoster } from "@/lib/server/institution/roster/submit-roster";
import { createApplication, createCandidate, uniqueIdNumber } from "../support/factories";
import { fillTemplate, gbkCsv, goodRow, rosterInstitution as institution, rosterSetup, sheetOf } from "./support/roster";

/** A roster failure's key (ADR 154), whatever its values. */
const key = (name: string) => expect.objectContaining({ key: `ruleFailures.roster.${name}` }) as unknown;

// Batch 5 of 2025 (三): registration 5/6–5/13.
const TODAY = "2025-05-08";
const AT = new Date("2025-05-08T02:00:00Z");
let batch5: string;
let template: Buffer;

beforeAll(async () => {
  ({ batch5, template } = await rosterSetup());
});

describe("四(一)2 roster upload: preview, then all-or-nothing submit", () => {
  it("previews every problem row as keys per column and stores nothing before the submit", async () => {
    const actor = await institution();
    const good = [uniqueIdNumber(), uniqueIdNumber(), uniqueIdNumber()];
    const applied = await createCandidate({ name: "王五" });
    await createApplication({ candidateId: applied.candidateId, batchSeq: 5, projectSeq: 3, status: "SUBMITTED" });
    const bad = good[0]!.slice(0, 17) + (good[0]![17] === "1" ? "2" : "1");
    const rows = [
      goodRow(good[0]!, "张一"),
      goodRow(good[1]!, "张二"),
      goodRow(good[2]!, "张三"),
      goodRow(bad, "李错"),
      goodRow(withCheckDigit("51010420100509321"), "小孩"),
      goodRow(uniqueIdNumber(), "高中生", { project: "大数据应用开发", condition: "P06-C1", education: "高中" }),
      goodRow(uniqueIdNumber(), "越权", { project: "心理健康指导", condition: "P19-C1" }),
      goodRow(good[1]!, "张二"),
      goodRow(applied.idNumber, "王五"),
      goodRow("", "数字", { idNumber: 510104199001011234 }),
    ];
    const file = await fillTemplate(template, rows);
    const before = await db.application.count();
    const preview = await previewRoster(actor, { batchId: batch5, bytes: file, fileName: "花名册.xlsx" }, TODAY);
    expect(preview).toMatchObject({
      format: "xlsx",
      rows: 10,
      valid: 3,
      invalid: 7,
      validByProject: [{ name: "大数据采集", count: 3 }],
    });
    const byLine = new Map(preview.problemRows.map((r) => [r.line, r.problems]));
    expect(byLine.get(5)).toEqual([{ column: "idNumber", failure: { key: "ruleFailures.roster.idNumber.checksum" } }]);
    expect(byLine.get(6)).toEqual([{ column: "idNumber", failure: key("eligibility.tooYoung") }]);
    expect(byLine.get(6)?.[0]?.failure.params).toMatchObject({ age: 14, min: 16, who: "named", name: "小孩" });
    expect(byLine.get(7)).toEqual([
      {
        column: "condition",
        failure: {
          key: "ruleFailures.roster.eligibility.educationBelow",
          params: { min: "juniorCollege", education: "upperSecondary", who: "named", name: "高中生" },
        },
      },
    ]);
    expect(byLine.get(8)).toEqual([
      { column: "project", failure: { key: "ruleFailures.roster.project.unauthorized", params: { project: "心理健康指导" } } },
    ]);
    expect(byLine.get(9)).toEqual([
      { column: "idNumber", failure: { key: "ruleFailures.roster.sameAsLine", params: { line: 3 } } },
    ]);
    expect(byLine.get(10)).toEqual([{ column: "project", failure: { key: "ruleFailures.roster.cannotAddToPlan" } }]);
    expect(byLine.get(11)).toEqual([{ column: "idNumber", failure: { key: "ruleFailures.roster.idNumber.lostDigits" } }]);
    expect(await db.application.count()).toBe(before);

    const invalid = await invalidRowsWorkbook(actor, preview.uploadId, TODAY);
    const { sheet } = await sheetOf(invalid.bytes);
    expect(sheet.rowCount).toBe(8);
    expect(sheet.getRow(1).getCell(15).text).toBe("错误说明");
    expect(sheet.getRow(2).getCell(15).text).toBe(
      "身份证号码：身份证号码校验位不正确，通常是某一位数字输错了，请对照身份证逐位核对。",
    );
    expect(sheet.getRow(4).getCell(15).text).toMatch(/^申报条件：该条件要求大专及以上学历，考生高中生的学历为高中/);
    // The person downloading from /en reads the reasons in English (ADR 154); the headers stay the template's.
    const english = (await sheetOf((await invalidRowsWorkbook(actor, preview.uploadId, TODAY, "en")).bytes)).sheet;
    expect(english.getRow(1).getCell(15).text).toBe("错误说明");
    expect(english.getRow(2).getCell(15).text).toBe(
      "身份证号码: The ID number’s check digit is wrong, usually because one digit was mistyped: compare it with the ID card digit by digit.",
    );
    expect(english.getRow(4).getCell(15).text).toMatch(
      /^申报条件: This condition requires junior college or above; the candidate 高中生’s education/,
    );
    for (let line = 2; line <= 8; line++) {
      // Chinese only in the headers and in what the clerk typed (a project's name, a candidate's name).
      const text = english
        .getRow(line)
        .getCell(15)
        .text.replace(/^[^:]+: |心理健康指导|高中生|小孩/gmu, "");
      expect(text, `line ${line}`).not.toMatch(/\p{Script=Han}/u);
    }

    const result = await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, AT);
    expect(result).toEqual({ uploadId: preview.uploadId, stored: 3, skipped: 7 });
    const stored = await db.application.findMany({
      where: { candidate: { idNumber: { in: good } } },
      include: { candidate: true, events: true },
    });
    expect(stored).toHaveLength(3);
    for (const a of stored) {
      expect(a).toMatchObject({
        channel: "INSTITUTION",
        institutionId: actor.institutionId,
        status: "DRAFT",
        education: "BACHELOR",
        educationProofCase: 1,
      });
      expect(a.candidate.mobile).toBe("13912345678");
      expect(a.events).toHaveLength(1);
    }
    // After the submit, the invalid rows are still the 7 left out, not the 3 now "already applied".
    expect((await sheetOf((await invalidRowsWorkbook(actor, preview.uploadId, TODAY)).bytes)).sheet.rowCount).toBe(8);
    await expect(submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, AT)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("reuses a known candidate by ID number and refuses a name that contradicts it", async () => {
    const actor = await institution();
    const known = await createCandidate({ name: "赵六", withUser: false });
    const file = await fillTemplate(template, [goodRow(known.idNumber, "赵六"), goodRow(uniqueIdNumber(), "钱七")]);
    const preview = await previewRoster(actor, { batchId: batch5, bytes: file, fileName: "r.xlsx" }, TODAY);
    expect(preview.valid).toBe(2);
    await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, AT);
    expect(await db.candidate.count({ where: { idNumber: known.idNumber } })).toBe(1);
    const renamed = await previewRoster(
      actor,
      {
        batchId: batch5,
        bytes: await fillTemplate(template, [goodRow(known.idNumber, "赵大", { project: "商业数据分析", condition: "" })]),
        fileName: "r.xlsx",
      },
      TODAY,
    );
    expect(renamed.problemRows[0]?.problems[0]).toEqual({
      column: "name",
      failure: { key: "ruleFailures.roster.nameOnRecordDiffers" },
    });
    expect(JSON.stringify(renamed)).not.toContain("赵六");
  });

  it("reads a GBK CSV as Excel on Chinese Windows saves it, and refuses scientific-notation ID numbers", async () => {
    const actor = await institution();
    const id = uniqueIdNumber();
    const csv = gbkCsv([goodRow(id, "孙八", { address: "成都市锦江区红星路二段" }), goodRow("5.10104E+17", "孙九")]);
    const preview = await previewRoster(actor, { batchId: batch5, bytes: csv, fileName: "花名册.csv" }, TODAY);
    expect(preview).toMatchObject({ format: "csv", rows: 2, valid: 1 });
    expect(preview.problemRows[0]?.problems[0]?.failure).toEqual({ key: "ruleFailures.roster.idNumber.lostDigits" });
    await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, AT);
    const stored = await db.application.findFirstOrThrow({
      where: { candidate: { idNumber: id } },
      include: { candidate: true },
    });
    expect(stored.candidate.name).toBe("孙八");
    expect(stored.address).toBe("成都市锦江区红星路二段");
  });

  it("stores formulas and =cmd| cells as text and exports them with a leading quote", async () => {
    const actor = await institution();
    const id = uniqueIdNumber();
    const dde = "=cmd|' /C calc'!A0";
    const file = await fillTemplate(template, [
      goodRow(id, "周十", { address: { formula: 'CONCATENATE("成都市","武侯区人民南路")' }, employer: dde }),
      goodRow(uniqueIdNumber(), "吴十一", { employer: dde, mobile: "123" }),
    ]);
    const preview = await previewRoster(actor, { batchId: batch5, bytes: file, fileName: "f.xlsx" }, TODAY);
    expect(preview.valid).toBe(1);
    const { sheet } = await sheetOf((await invalidRowsWorkbook(actor, preview.uploadId, TODAY)).bytes);
    expect(sheet.getRow(2).getCell(12).value).toBe(`'${dde}`);
    await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, TODAY, AT);
    const stored = await db.application.findFirstOrThrow({ where: { candidate: { idNumber: id } } });
    expect(stored.address).toBe('=CONCATENATE("成都市","武侯区人民南路")');
    expect(stored.employer).toBe(dde);
  });

  it("refuses outside the registration window (三)", async () => {
    const actor = await institution();
    const file = await fillTemplate(template, [goodRow(uniqueIdNumber())]);
    await expect(previewRoster(actor, { batchId: batch5, bytes: file, fileName: "r.xlsx" }, "2025-05-14")).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
    });
    const preview = await previewRoster(actor, { batchId: batch5, bytes: file, fileName: "r.xlsx" }, TODAY);
    await expect(submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, "2025-05-14", AT)).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
    });
  });
});
