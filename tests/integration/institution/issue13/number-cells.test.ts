import { beforeAll, describe, expect, it } from "vitest";
import { parseIdNumber } from "@/lib/domain/id-number";
import { LOST_DIGITS } from "@/lib/domain/roster/validate-row";
import { invalidRowsWorkbook } from "@/lib/server/institution/roster/roster-downloads";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { fillTemplate, goodRow, rosterInstitution as institution, rosterSetup, sheetOf } from "../support/roster";

// Batch 5 of 2025 (三): registration 5/6–5/13.
const TODAY = "2025-05-08";
// Issue 13 item 4: typed as a number in Excel, this ID number becomes 510107199308150592, whose check digit is valid.
const TYPED = 510107199308150568;
const ROUNDED = "510107199308150592";
let batch5: string;
let template: Buffer;

beforeAll(async () => {
  ({ batch5, template } = await rosterSetup());
});

describe("issue 13 item 4: ID numbers from number cells are never rewritten as if they were right", () => {
  it("keeps the cell as read, flags it, and the problem-rows file cannot be uploaded back as a valid row", async () => {
    // The premise: the rounded digits do pass the checksum, so they must never be handed back.
    expect(parseIdNumber(ROUNDED, TODAY).ok).toBe(true);
    const actor = await institution();
    const file = await fillTemplate(template, [goodRow("", "数字格", { idNumber: TYPED })]);
    const preview = await previewRoster(actor, { batchId: batch5, bytes: file, fileName: "数字.xlsx" }, TODAY);
    expect(preview).toMatchObject({ rows: 1, valid: 0, invalid: 1 });
    const row = preview.problemRows[0]!;
    expect(row.problems).toEqual([{ column: "idNumber", failure: LOST_DIGITS }]);
    expect(JSON.stringify(preview)).not.toContain(ROUNDED);

    const problems = (await invalidRowsWorkbook(actor, preview.uploadId, TODAY)).bytes;
    const { sheet } = await sheetOf(problems);
    const cell = sheet.getRow(2).getCell(2).value;
    expect(cell).toBe("5.10107199308151E+17");
    expect(JSON.stringify(cell)).not.toContain(ROUNDED);

    // Uploaded unchanged, the problem-rows file still says the digits are lost.
    const again = await previewRoster(actor, { batchId: batch5, bytes: problems, fileName: "数字-有问题的行.xlsx" }, TODAY);
    expect(again).toMatchObject({ rows: 1, valid: 0, invalid: 1 });
    expect(again.problemRows[0]!.problems[0]!.failure).toEqual(LOST_DIGITS);
  });
});
