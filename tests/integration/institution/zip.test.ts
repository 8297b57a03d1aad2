import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importAttachmentsZip } from "@/lib/server/institution/attachments/import-zip";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";
import { batchId, createInstitutionActor, uniqueIdNumber } from "../support/factories";
import { registerThroughRoster } from "./support/people";
import { makeZip, type ZipInput } from "./support/zip";
import { zipReportLineText } from "@/components/institution/zip-report-lines";
import { MESSAGES } from "@/messages";
import { createTranslator } from "next-intl";

/** The pages' translators: what the report's lines read like on / and on /en. */
const translators = {
  "zh-CN": createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] }),
  en: createTranslator({ locale: "en", messages: MESSAGES.en }),
};

/** A message containing `text` (typed, for the lint rule on `any`). */
const has = (text: string) => expect.stringContaining(text) as string;

const TODAY = "2025-05-08";
const AT = new Date("2025-05-08T03:00:00Z");
let batch5: string;
let jpeg: Uint8Array;
let bigJpeg: Uint8Array;
let pdf: Uint8Array;

const SCANS = ["申报表", "承诺书", "学历证明", "身份证正面", "身份证反面"] as const;
const complete = (id: string): ZipInput[] => [
  { name: `${id}_照片.jpg`, data: jpeg, method: "store" },
  ...SCANS.map((t) => ({ name: `${id}_${t}.pdf`, data: pdf })),
];

beforeAll(async () => {
  await ensureCatalog();
  batch5 = await batchId(5);
  jpeg = await makeJpeg({ targetBytes: sizeKb(250) });
  bigJpeg = await makeJpeg({ targetBytes: sizeKb(700), width: 1800, height: 2400, seed: 3 });
  pdf = makePdf(sizeKb(240));
});

describe("四(一)2 attachments for many candidates: a zip of <身份证号码>_<类型>.<扩展名>", () => {
  it("matches files to candidates, auto-fits images, reports the rest, and submits the complete drafts", async () => {
    const actor = await createInstitutionActor();
    const [a, b] = await registerThroughRoster(actor, ["甲一", "乙二"]);
    const stranger = uniqueIdNumber();
    const zip = makeZip([
      ...complete(a!.idNumber),
      { name: `扫描件/${b!.idNumber}_照片.jpg`, data: bigJpeg, gbkName: true },
      { name: `${b!.idNumber}_申报表.pdf`, data: makePdf(sizeKb(120)) },
      { name: `${b!.idNumber}_承诺书.pdf`, data: new TextEncoder().encode("<html><script>alert(1)</script></html>") },
      { name: `${b!.idNumber}_户口本.jpg`, data: jpeg },
      { name: `${stranger}_照片.jpg`, data: jpeg },
      { name: `${b!.idNumber}_照片.png`, data: jpeg },
      { name: "扫描件/", data: new Uint8Array(0), method: "store" },
      { name: "__MACOSX/._x.jpg", data: new Uint8Array(10) },
    ]);
    const report = await importAttachmentsZip(actor, { batchId: batch5, bytes: zip }, TODAY, AT);
    expect(report.entries).toBe(14);
    expect(report.stored.filter((s) => s.name === "甲一")).toHaveLength(6);
    const photoB = report.stored.find((s) => s.name === "乙二" && s.kind === "PHOTO");
    expect(photoB?.adjusted?.before).toBe(bigJpeg.byteLength);
    expect(photoB!.size).toBeLessThanOrEqual(sizeKb(300));
    expect(report.refused.map((r) => r.file).sort()).toEqual([`${b!.idNumber}_申报表.pdf`, `${b!.idNumber}_承诺书.pdf`].sort());
    // Each line is a key with its parameters (ADR 130, 149), said in the page's language.
    expect(report.refused.find((r) => r.file.includes("申报表"))?.reason).toMatchObject({
      key: "ruleFailures.upload.tooSmallPdf",
      params: { min: "200 KB" },
    });
    expect(report.unmatched.map((u) => u.reason.key)).toEqual(["ruleFailures.zip.name.type", "ruleFailures.zip.unknownIdNumber"]);
    // A second copy matched; it was left aside, not "unmatched" (issue 13 item 9).
    expect(report.ignored.map((u) => u.reason)).toEqual([
      { key: "ruleFailures.zip.name.directory" },
      { key: "ruleFailures.zip.name.hidden" },
      { key: "ruleFailures.zip.duplicate" },
    ]);
    const lines = (locale: "zh-CN" | "en") =>
      [...report.refused, ...report.unmatched, ...report.ignored].map((l) => zipReportLineText(translators[locale], locale, l));
    expect(lines("zh-CN")).toEqual(
      expect.arrayContaining([has("小于要求的 200 KB"), has("本批次没有该身份证号码"), has("出现了两次")]),
    );
    const english = lines("en");
    expect(english).toEqual(expect.arrayContaining([has("No candidate of this batch"), has("appears twice"), has("200 KB")]));
    for (const text of english) expect(text).not.toMatch(/[请已的，。]/);
    expect(report.ignored.map((i) => i.file)).toEqual(["扫描件/", "__MACOSX/._x.jpg", `${b!.idNumber}_照片.png`]);
    expect(report.submit.submitted.map((s) => s.name)).toEqual(["甲一"]);
    expect(report.missing.find((m) => m.name === "乙二")?.missing).toHaveLength(5);
    expect((await db.application.findUniqueOrThrow({ where: { id: a!.applicationId } })).status).toBe("SUBMITTED");
    expect(await db.attachment.count({ where: { applicationId: b!.applicationId } })).toBe(1);
  });

  it("reports why a complete draft was not sent as a message key with its parameters, not a sentence", async () => {
    const actor = await createInstitutionActor();
    const [a, b] = await registerThroughRoster(actor, ["戊五", "己六"]);
    await db.application.update({ where: { id: b!.applicationId }, data: { pledgeAcceptedAt: null } });
    const zip = makeZip([...complete(a!.idNumber), ...complete(b!.idNumber)]);
    const report = await importAttachmentsZip(actor, { batchId: batch5, bytes: zip }, TODAY, AT);
    expect(report.submit.submitted.map((s) => s.name)).toEqual(["戊五"]);
    expect(report.submit.notSubmitted).toEqual([
      { applicationId: b!.applicationId, name: "己六", reason: { key: "errors.pledgeRequired" } },
    ]);
  });

  it("refuses a zip bomb before unpacking: a declared huge size, too many entries, a size that lies", async () => {
    const actor = await createInstitutionActor();
    const [a] = await registerThroughRoster(actor, ["丙三"]);
    const id = a!.idNumber;
    const huge = makeZip([{ name: `${id}_照片.jpg`, data: new Uint8Array(2 * 1024 * 1024), declaredSize: 4_000_000_000 }]);
    await expect(importAttachmentsZip(actor, { batchId: batch5, bytes: huge }, TODAY, AT)).rejects.toMatchObject({
      code: "INVALID",
      message: "institution.errors.zip.entry-too-large",
    });
    const many = makeZip(
      Array.from({ length: 4001 }, (_, i) => ({ name: `${i}.txt`, data: new Uint8Array(1), method: "store" as const })),
    );
    await expect(importAttachmentsZip(actor, { batchId: batch5, bytes: many }, TODAY, AT)).rejects.toMatchObject({
      message: "institution.errors.zip.too-many-entries",
    });
    const ratio = makeZip([{ name: `${id}_照片.jpg`, data: new Uint8Array(8 * 1024 * 1024) }]);
    await expect(importAttachmentsZip(actor, { batchId: batch5, bytes: ratio }, TODAY, AT)).rejects.toMatchObject({
      message: "institution.errors.zip.ratio",
    });
    // Declares 250 KB, inflates to 9 MB of zeros: stopped at 250 KB, reported, nothing stored.
    const liar = makeZip([{ name: `${id}_照片.jpg`, data: new Uint8Array(9 * 1024 * 1024), declaredSize: sizeKb(250) }]);
    const report = await importAttachmentsZip(actor, { batchId: batch5, bytes: liar }, TODAY, AT);
    expect(report.refused).toEqual([{ file: `${id}_照片.jpg`, reason: { key: "ruleFailures.zip.corruptEntry" } }]);
    expect(await db.attachment.count({ where: { applicationId: a!.applicationId } })).toBe(0);
  });

  it("refuses ../ and absolute names and anything that is not a zip, cleanly, storing nothing", async () => {
    const actor = await createInstitutionActor();
    const [a] = await registerThroughRoster(actor, ["丁四"]);
    const unsafe = [
      [`../${a!.idNumber}_照片.jpg`, "traversal"],
      [`/tmp/${a!.idNumber}_照片.jpg`, "absolute"],
      [`C:\\${a!.idNumber}_照片.jpg`, "absolute"],
    ] as const;
    for (const [name, reason] of unsafe) {
      const zip = makeZip([...complete(a!.idNumber), { name, data: jpeg }]);
      await expect(importAttachmentsZip(actor, { batchId: batch5, bytes: zip }, TODAY, AT)).rejects.toMatchObject({
        code: "INVALID",
        message: "institution.errors.zip.unsafePath",
        // The entry and why, as a key with parameters (ADR 130), not a sentence.
        fieldErrors: { file: [{ key: "ruleFailures.zip.unsafeEntry", params: { name, reason } }] },
      });
    }
    await expect(importAttachmentsZip(actor, { batchId: batch5, bytes: pdf }, TODAY, AT)).rejects.toMatchObject({
      message: "institution.errors.zip.not-zip",
    });
    await expect(importAttachmentsZip(actor, { batchId: batch5, bytes: makeZip([]) }, TODAY, AT)).rejects.toMatchObject({
      message: "institution.errors.zip.empty",
    });
    expect(await db.attachment.count({ where: { applicationId: a!.applicationId } })).toBe(0);
  });

  it("does not touch applications already submitted or of another batch", async () => {
    const actor = await createInstitutionActor();
    const [a] = await registerThroughRoster(actor, ["戊五"]);
    await importAttachmentsZip(actor, { batchId: batch5, bytes: makeZip(complete(a!.idNumber)) }, TODAY, AT);
    const again = await importAttachmentsZip(actor, { batchId: batch5, bytes: makeZip(complete(a!.idNumber)) }, TODAY, AT);
    expect(again.stored).toEqual([]);
    expect(again.refused[0]?.reason).toEqual({ key: "ruleFailures.zip.alreadySubmitted" });
    const other = await importAttachmentsZip(
      actor,
      { batchId: await batchId(6), bytes: makeZip(complete(a!.idNumber)) },
      TODAY,
      AT,
    );
    expect(other.unmatched).toHaveLength(6);
  });
});
