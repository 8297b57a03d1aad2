import { readdirSync } from "node:fs";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { ROSTER_COLUMNS } from "@/lib/domain/roster/columns";
import { readRosterFile } from "@/lib/server/institution/roster/read-roster-file";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { uniqueIdNumber } from "../support/factories";
import { fillTemplate, goodRow, rosterInstitution as institution, rosterSetup, sheetOf } from "./support/roster";
import { makeZip } from "./support/zip";

// Batch 5 of 2025 (三): registration 5/6–5/13.
const TODAY = "2025-05-08";
let batch5: string;
let template: Buffer;

beforeAll(async () => {
  ({ batch5, template } = await rosterSetup());
});

describe("四(一)2 roster template", () => {
  it("has the Chinese headers, a text-formatted ID column, the institution's projects as a dropdown and a help sheet", async () => {
    const { workbook, sheet } = await sheetOf(template);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["花名册", "选项", "填写说明"]);
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(
      expect.arrayContaining(["*姓名", "*身份证号码", "*手机号码", "*考核项目", "学校", "*学历证明情形"]),
    );
    expect(sheet.getColumn(2).numFmt).toBe("@");
    const options = workbook.getWorksheet("选项")!;
    expect(options.state).toBe("hidden");
    const projects = (options.getColumn(1).values as string[]).filter(Boolean);
    // 附件2: 四川省大数据产业联合会 has projects 1–10 and nothing else.
    expect(projects).toHaveLength(10);
    expect(projects).toContain("大数据采集");
    expect(projects).not.toContain("心理健康指导");
    const model = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } })
      .dataValidations.model;
    expect(Object.values(model).map((v) => v.formulae[0])).toContain("'选项'!$A$1:$A$10");
    expect(workbook.getWorksheet("填写说明")!.rowCount).toBeGreaterThan(20);
  });
});

describe("四(一)2 roster files that cannot be read", () => {
  it("refuses malformed files cleanly: broken xlsx, old .xls, a file without the headers, an empty one", async () => {
    const actor = await institution();
    const broken = Buffer.concat([template.subarray(0, 2000)]);
    const cases: [Uint8Array, string][] = [
      [broken, "institution.errors.roster.unreadable"],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), "institution.errors.roster.xls"],
      [Buffer.from("a,b,c\r\n1,2,3\r\n"), "institution.errors.roster.headers"],
      [new Uint8Array(0), "institution.errors.roster.empty"],
      [await fillTemplate(template, []), "institution.errors.roster.empty"],
      // A valid zip, but no workbook inside: exceljs gives up, the institution reads "unreadable".
      [makeZip([{ name: "xl/workbook.xml", data: new TextEncoder().encode("not xml") }]), "institution.errors.roster.unreadable"],
      // An xlsx whose sheet declares 100 KB and inflates to 20 MB: refused before exceljs sees it.
      [
        makeZip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(20_000_000), declaredSize: 100_000 }]),
        "institution.errors.roster.unreadable",
      ],
      [
        makeZip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(5_000_000), declaredSize: 300_000_000 }]),
        "institution.errors.roster.zip-bomb",
      ],
    ];
    const uploads = await db.rosterUpload.count();
    for (const [bytes, message] of cases) {
      await expect(previewRoster(actor, { batchId: batch5, bytes, fileName: "x" }, TODAY)).rejects.toMatchObject({
        code: "INVALID",
        message,
      });
    }
    expect(await db.rosterUpload.count()).toBe(uploads);
  });

  it("reads workbooks whose sheets come before the shared strings, or that have none, without leaking file descriptors", async () => {
    const file = await fillTemplate(template, [goodRow(uniqueIdNumber(), "流式")]);
    const fds = () => readdirSync("/proc/self/fd").length;
    const before = fds();
    for (let i = 0; i < 40; i++) expect((await readRosterFile(file)).ok).toBe(true);
    // exceljs parked each sheet in a temporary file and kept 2-3 descriptors per read until the process hit EMFILE.
    expect(fds() - before).toBeLessThan(10);

    // Written by a generator that uses inline strings only: no xl/sharedStrings.xml at all.
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
    const sheet = writer.addWorksheet("花名册");
    const row = goodRow(uniqueIdNumber(), "内联");
    sheet.addRow(ROSTER_COLUMNS.map((c) => c.header)).commit();
    sheet.addRow(ROSTER_COLUMNS.map((c) => (row[c.key] as string | undefined) ?? "")).commit();
    await writer.commit();
    const inline = Buffer.concat(chunks);
    expect(inline.includes("xl/sharedStrings.xml")).toBe(false);
    const read = await readRosterFile(inline);
    expect(read).toMatchObject({ ok: true, format: "xlsx", rows: [{ line: 2 }] });
    expect(fds() - before).toBeLessThan(10);
  });
});
