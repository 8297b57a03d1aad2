import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listBatchDocuments, uploadInstitutionDocument } from "@/lib/server/institution/documents/institution-documents";
import { listInstitutionPaperwork, recordPaperArrival } from "@/lib/server/paperwork/paper-originals";
import { sendPaperOriginalReminders } from "@/lib/server/paperwork/paper-reminders";
import { readStaffFile } from "@/lib/server/privacy/read-staff-file";
import { makePdf, sizeKb } from "@/tests/support/files";
import { batchId, createInstitutionActor, createStaff } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { registerThroughRoster } from "./support/people";

/**
 * Issue 13 item 6 (四(一)2 "双承诺制"): the institution uploads scans of its stamped roster and
 * commitment letter, but no staff page showed them and nothing recorded the paper's arrival, so
 * the institution read 「中心尚未收到纸质原件」 forever. Now the reviewer sees the scans (audited),
 * records the arrival (day, who brought it, notes; audited), the institution sees it, and a
 * reminder goes out before registration closes while paper is missing.
 */
const TODAY = "2025-05-08";
const AT = new Date("2025-05-08T03:00:00Z");
const INSTITUTION = "四川省人力资源服务行业协会";

async function reviewer() {
  const actor = await createStaff(["REVIEWER"]);
  await db.staffSecondFactor.create({
    data: { userId: actor.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  return actor;
}

beforeAll(ensureCatalog);

describe("paper originals of an institution's stamped documents (issue 13 item 6)", () => {
  it("the reviewer opens the scan (audited), records the paper's arrival (audited), the institution sees it", async () => {
    const institution = await createInstitutionActor(INSTITUTION);
    const batch = await batchId(5);
    await uploadInstitutionDocument(
      institution,
      { batchId: batch, kind: "ROSTER", bytes: makePdf(sizeKb(400)), fileName: "盖章花名册.pdf" },
      TODAY,
    );
    const staff = await reviewer();
    const listed = (await listInstitutionPaperwork(staff, batch)).find((r) => r.institutionId === institution.institutionId);
    const roster = listed?.documents.find((d) => d.kind === "ROSTER");
    expect(roster).toMatchObject({ scan: { name: "盖章花名册.pdf", size: sizeKb(400) }, paper: null });
    expect(listed?.documents.find((d) => d.kind === "COMMITMENT_LETTER")).toMatchObject({ scan: null, paper: null });

    const file = await readStaffFile(staff, roster!.scan!.fileId);
    expect(file.mime).toBe("application/pdf");
    expect(await db.auditLog.count({ where: { actorId: staff.id, action: "file.view", entity: "InstitutionDocument" } })).toBe(1);
    // The finance clerk has no business with it.
    const finance = await createStaff(["FINANCE"]);
    await db.staffSecondFactor.create({
      data: { userId: finance.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
    });
    await expect(readStaffFile(finance, roster!.scan!.fileId)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const recorded = await recordPaperArrival(
      staff,
      {
        institutionId: institution.institutionId!,
        batchId: batch,
        kind: "ROSTER",
        receivedOn: "2025-05-07",
        deliveredBy: "顺丰快递",
        notes: "第3页公章不清，已电话告知",
      },
      TODAY,
      AT,
    );
    expect(recorded).toMatchObject({ receivedOn: "2025-05-07", deliveredBy: "顺丰快递", recordedBy: "测试员" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: staff.id, action: "institution.paper-received" } });
    expect(audit.after).toEqual({ kind: "ROSTER", receivedOn: "2025-05-07", deliveredBy: true, notes: true });

    const seen = await listBatchDocuments(institution, batch, TODAY);
    expect(seen.documents.find((d) => d.kind === "ROSTER")?.paper).toEqual({
      receivedOn: "2025-05-07",
      notes: "第3页公章不清，已电话告知",
    });
    expect(seen.documents.find((d) => d.kind === "COMMITMENT_LETTER")?.paper).toBeNull();
    const message = await db.notification.findFirstOrThrow({
      where: { institutionId: institution.institutionId, title: "中心已收到纸质原件" },
      orderBy: { createdAt: "desc" },
    });
    expect(message.body).toContain("2025-05-07");
    // The free text is encrypted at rest (it may name people).
    const [raw] = await db.$queryRawUnsafe<{ notes: string }[]>(
      `SELECT "paperNotes" AS notes FROM "InstitutionDocument" WHERE "institutionId" = $1::uuid AND kind = 'ROSTER' AND "batchId" = $2::uuid`,
      institution.institutionId,
      batch,
    );
    expect(raw?.notes).not.toContain("公章");
  });

  it("refuses a future day, another role, and an institution", async () => {
    const institution = await createInstitutionActor(INSTITUTION);
    const batch = await batchId(5);
    const input = {
      institutionId: institution.institutionId!,
      batchId: batch,
      kind: "COMMITMENT_LETTER" as const,
      receivedOn: "2025-05-09",
    };
    await expect(recordPaperArrival(await reviewer(), input, TODAY, AT)).rejects.toMatchObject({ code: "INVALID" });
    await expect(
      recordPaperArrival(await createStaff(["FINANCE"]), { ...input, receivedOn: TODAY }, TODAY, AT),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordPaperArrival(institution, { ...input, receivedOn: TODAY }, TODAY, AT)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listInstitutionPaperwork(institution, batch)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reminds an institution with candidates once before registration closes while paper is missing", async () => {
    const institution = await createInstitutionActor("四川省大数据产业联合会");
    await registerThroughRoster(institution, ["纸原件"]);
    // Batch 5 registration ends 2025-05-13: 05-11 is within the reminder days, 05-08 is not.
    const key = `reminder:paper-originals:${institution.institutionId}:${await batchId(5)}`;
    await sendPaperOriginalReminders("2025-05-08");
    expect(await db.notification.count({ where: { dedupeKey: key } })).toBe(0);
    await sendPaperOriginalReminders("2025-05-11");
    await sendPaperOriginalReminders("2025-05-12");
    const reminders = await db.notification.findMany({ where: { dedupeKey: key } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body).toContain("2025-05-13");
    expect(reminders[0]?.title).toBe("纸质原件报送即将截止");
  });
});
