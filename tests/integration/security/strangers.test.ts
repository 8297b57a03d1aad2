import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importAttachmentsZip } from "@/lib/server/institution/attachments/import-zip";
import { listMissingAttachments } from "@/lib/server/institution/attachments/missing-report";
import { listInstitutionCandidates } from "@/lib/server/institution/candidates/list-candidates";
import { institutionOverview } from "@/lib/server/institution/overview";
import { invalidRowsWorkbook } from "@/lib/server/institution/roster/roster-downloads";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { makePdf, sizeKb } from "@/tests/support/files";
import { createApplication, createCandidate } from "../support/factories";
import { registerThroughRoster } from "../institution/support/people";
import { fillTemplate, goodRow, rosterInstitution, rosterSetup } from "../institution/support/roster";
import { makeZip } from "../institution/support/zip";

// Issue 11 "no data about strangers in any answer": an institution learns nothing about a person
// it only named by ID number: not the name on record, not their projects, not their channel.

const TODAY = "2025-05-08";
const AT = new Date("2025-05-08T03:00:00Z");
const OTHER_INSTITUTION = "四川省科教兴川促进会";

/** Every text of every cell of every sheet. */
async function workbookText(bytes: Uint8Array): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void texts.push(cell.text))));
  return texts.join("\n");
}

let batch5: string;
let template: Buffer;
let otherInstitutionId: string;

beforeAll(async () => {
  ({ batch5, template } = await rosterSetup());
  otherInstitutionId = (await db.institution.findUniqueOrThrow({ where: { name: OTHER_INSTITUTION }, select: { id: true } })).id;
});

/** Three people the institution does not know: one applied alone, one through another institution, one never applied. */
async function strangers() {
  const alone = await createCandidate({ name: "欧阳娜娜" });
  await createApplication({ candidateId: alone.candidateId, batchSeq: 5, projectSeq: 3, status: "SUBMITTED" });
  await createApplication({ candidateId: alone.candidateId, batchSeq: 5, projectSeq: 12, status: "SUBMITTED" });
  const elsewhere = await createCandidate({ name: "慕容云海", withUser: false });
  await createApplication({
    candidateId: elsewhere.candidateId,
    batchSeq: 5,
    projectSeq: 3,
    status: "DRAFT",
    channel: "INSTITUTION",
    institutionId: otherInstitutionId,
  });
  const idle = await createCandidate({ name: "司马相如" });
  return [alone, elsewhere, idle];
}

describe("issue 11: an institution's answers disclose nothing it did not send", () => {
  it("a roster of strangers' ID numbers with wrong names: no name, project or channel in the preview or the invalid-rows file", async () => {
    const actor = await rosterInstitution();
    const people = await strangers();
    const file = await fillTemplate(
      template,
      people.map((p) => goodRow(p.idNumber, "张冒名")),
    );
    const preview = await previewRoster(actor, { batchId: batch5, bytes: file, fileName: "试探.xlsx" }, TODAY);
    expect(preview.invalid).toBe(3);
    for (const row of preview.problemRows) {
      expect(row.problems).toContainEqual({ column: "name", failure: { key: "ruleFailures.roster.nameOnRecordDiffers" } });
    }
    const answers = [
      JSON.stringify(preview),
      await workbookText((await invalidRowsWorkbook(actor, preview.uploadId, TODAY)).bytes),
    ];
    for (const text of answers) {
      for (const person of people) expect(text).not.toContain(person.name);
      for (const leak of ["个人报名", "其他机构", OTHER_INSTITUTION, "在线学习运营"]) expect(text).not.toContain(leak);
    }
  });

  it("with the right names, a stranger's application elsewhere reads only 'contact the center'", async () => {
    const actor = await rosterInstitution();
    const [alone, elsewhere] = await strangers();
    const file = await fillTemplate(template, [
      goodRow(alone!.idNumber, alone!.name),
      goodRow(elsewhere!.idNumber, elsewhere!.name),
    ]);
    const preview = await previewRoster(actor, { batchId: batch5, bytes: file, fileName: "r.xlsx" }, TODAY);
    expect(preview.problemRows.map((r) => r.problems)).toEqual([
      [{ column: "project", failure: { key: "ruleFailures.roster.cannotAddToPlan" } }],
      [{ column: "project", failure: { key: "ruleFailures.roster.cannotAddToPlan" } }],
    ]);
    const text =
      JSON.stringify(preview) + (await workbookText((await invalidRowsWorkbook(actor, preview.uploadId, TODAY)).bytes));
    for (const leak of ["个人报名", "其他机构", OTHER_INSTITUTION]) expect(text).not.toContain(leak);
  });

  it("every institution-facing answer (roster preview, zip report, lists) names only the institution's own people", async () => {
    const actor = await rosterInstitution();
    const own = await registerThroughRoster(actor, ["自己人"]);
    const people = await strangers();
    const zip = makeZip([
      { name: `${own[0]!.idNumber}_申报表.pdf`, data: makePdf(sizeKb(240)) },
      ...people.map((p) => ({ name: `${p.idNumber}_申报表.pdf`, data: makePdf(sizeKb(240)) })),
    ]);
    const report = await importAttachmentsZip(actor, { batchId: batch5, bytes: zip }, TODAY, AT);
    const roster = await fillTemplate(
      template,
      people.map((p) => goodRow(p.idNumber, "张冒名")),
    );
    const preview = await previewRoster(actor, { batchId: batch5, bytes: roster, fileName: "r.xlsx" }, TODAY);
    const answers = [
      JSON.stringify(report) + JSON.stringify(preview),
      JSON.stringify(await listInstitutionCandidates(actor, { page: 1 }, TODAY)),
      JSON.stringify(await institutionOverview(actor, TODAY)),
      JSON.stringify(await listMissingAttachments(actor, batch5)),
    ];
    const all = answers.join("\n");
    expect(all).toContain("自己人");
    for (const person of people) expect(all).not.toContain(person.name);
    // ID numbers appear only in the zip report and the preview, as the institution itself sent them.
    for (const text of answers.slice(1)) for (const person of people) expect(text).not.toContain(person.idNumber);
  });
});
