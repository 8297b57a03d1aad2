import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fromIsoDate, toIsoDate } from "@/lib/dates";
import { rosterProblemText } from "@/lib/i18n/roster-problem-text";
import { translatorFor } from "@/lib/i18n/translate-key";
import { sendDeadlineReminders } from "@/lib/server/notifications/reminders";
import { importAttachmentsZip } from "@/lib/server/institution/attachments/import-zip";
import { institutionOverview, OVERVIEW_STATUSES } from "@/lib/server/institution/overview";
import { batchPaymentNotice, submitBatchPayment } from "@/lib/server/institution/payments/batch-payment";
import { listPayable } from "@/lib/server/institution/payments/list-payable";
import { listResults } from "@/lib/server/institution/results/list-results";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { rosterTemplate } from "@/lib/server/institution/roster/roster-downloads";
import { submitRoster } from "@/lib/server/institution/roster/submit-roster";
import { notifyApplicant } from "@/lib/server/notifications/notify";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { returnPayment } from "@/lib/server/payments/return-payment";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { batchId, createStaff, uniqueIdNumber } from "../../support/factories";
import { ensureCatalog } from "../../support/seed";
import { createApplications, createBatch, createPlan } from "../../staff/exam/factories";
import { registerThroughRoster } from "../support/people";
import { fillTemplate, goodRow } from "../support/roster";
import { makeZip } from "../support/zip";
import { ownInstitution } from "./support";

// Batch 5 of 2025 (三): registration 5/6–5/13, payment 5/26–5/28.
const REGISTRATION_DAY = "2025-05-08";
const PAY_DAY = "2025-05-27";
const receipt = async () => ({ bytes: await makeJpeg({ targetBytes: sizeKb(150) }), name: "回单.jpg" });

beforeAll(async () => {
  await ensureCatalog();
  for (const seq of [3, 4]) {
    const p = await db.project.findUniqueOrThrow({ where: { seq }, select: { feeFen: true } });
    if (p.feeFen <= 0) await db.project.update({ where: { seq }, data: { feeFen: 15000 } });
  }
});

/** A batch of its own (so the counts are this test's only), published, with a plan of project 3 for `actor`'s institution. */
async function ownBatch(examDate: string) {
  const batch = await createBatch(examDate);
  await db.batch.update({ where: { id: batch.id }, data: { published: true } });
  return { batch, planId: await createPlan(batch, 3) };
}

describe("issue 13 item 9: what the institution's clerk sees", () => {
  it("shows each plan's head count against the 10-registrant rule before paying", async () => {
    const actor = await ownInstitution("人数", [3]);
    const { batch, planId } = await ownBatch("2032-06-12");
    await createApplications(planId, 4, { status: "APPROVED", institutionId: actor.institutionId! });
    await createApplications(planId, 2, { status: "SUBMITTED" });
    await createApplications(planId, 3, { status: "REJECTED" });
    const payable = await listPayable(actor, batch.id, "2032-05-04");
    expect(payable.plans.find((p) => p.planId === planId)?.holding).toEqual({
      registrants: 6,
      minimum: 10,
      belowMinimum: true,
      planStatus: "OPEN",
    });
    await createApplications(planId, 4, { status: "PAYMENT_CONFIRMED" });
    const later = await listPayable(actor, batch.id, "2032-05-04");
    expect(later.plans.find((p) => p.planId === planId)?.holding).toMatchObject({ registrants: 10, belowMinimum: false });
  });

  it("has an overview column for every state, adding up to the total", async () => {
    const actor = await ownInstitution("总览", [3]);
    const { batch, planId } = await ownBatch("2032-07-10");
    const inst = actor.institutionId!;
    for (const status of ["REJECTED", "LAPSED", "FORFEITED", "CANCELLED", "APPROVED"] as const)
      await createApplications(planId, 1, { status, institutionId: inst, photo: false });
    const row = (await institutionOverview(actor, "2032-07-01")).batches.find((b) => b.batch.id === batch.id)!;
    expect(row.total).toBe(5);
    expect(row.columns.map((c) => c.status)).toEqual([...OVERVIEW_STATUSES]);
    expect(row.columns.reduce((sum, c) => sum + c.count, 0)).toBe(row.total);
    for (const status of ["REJECTED", "LAPSED", "FORFEITED", "CANCELLED"])
      expect(row.columns.find((c) => c.status === status)?.count).toBe(1);
  });

  it("lists the absent and the failed after the notice, beside the passed", async () => {
    const actor = await ownInstitution("成绩", [3]);
    const { batch, planId } = await ownBatch("2032-08-14");
    const inst = actor.institutionId!;
    const [absent, failed, passed] = await createApplications(planId, 3, {
      institutionId: inst,
      names: ["缺考者", "未过者", "合格者"],
      photo: false,
    });
    await db.application.update({ where: { id: absent!.id }, data: { absent: true } });
    await db.application.update({ where: { id: failed!.id }, data: { score: 45 } });
    await db.application.update({ where: { id: passed!.id }, data: { score: 75 } });
    await db.plan.update({
      where: { id: planId },
      data: { status: "HELD", noticePublishedAt: new Date("2032-08-22T02:00:00Z") },
    });
    const plan = (await listResults(actor, batch.id)).plans.find((p) => p.planId === planId)!;
    expect(plan.absent.map((p) => p.name)).toEqual(["缺考者"]);
    expect(plan.failed.map((p) => [p.name, p.score])).toEqual([["未过者", 45]]);
    expect(plan.passed.map((p) => p.name)).toEqual(["合格者"]);
  });

  it("sends one message per receipt and institution, naming its candidates, when the receipt is returned or confirmed", async () => {
    const actor = await ownInstitution("汇总", [3, 4]);
    const names = ["汇总甲", "汇总乙", "汇总丙"];
    const people = [
      ...(await registerThroughRoster(actor, names.slice(0, 2))),
      ...(await registerThroughRoster(actor, names.slice(2), { project: "大数据清洗", condition: "" })),
    ];
    const ids = people.map((p) => p.applicationId);
    await db.application.updateMany({ where: { id: { in: ids } }, data: { status: "APPROVED" } });
    const batch5 = await batchId(5);
    const pay = async () => {
      const notice = await batchPaymentNotice(actor, batch5, ids, PAY_DAY);
      await submitBatchPayment(
        actor,
        {
          batchId: batch5,
          applicationIds: ids,
          payerName: "汇总培训中心",
          amount: notice.amountFen,
          transferDate: "2025-05-26",
          examDate: notice.examDate,
          headCount: 3,
          acceptMismatch: false,
        },
        await receipt(),
        PAY_DAY,
      );
      return db.payment.findUniqueOrThrow({ where: { referenceCode: notice.referenceCode }, select: { id: true } });
    };
    const finance = await createStaff(["FINANCE"]);
    const inbox = (title: string) =>
      db.notification.findMany({ where: { institutionId: actor.institutionId, title }, select: { body: true } });

    await returnPayment(finance, (await pay()).id, "回单上没有付款人名称", new Date("2025-05-27T03:00:00Z"));
    const returned = await inbox("缴费凭证被退回");
    expect(returned).toHaveLength(1);
    for (const name of names) expect(returned[0]!.body).toContain(name);
    expect(returned[0]!.body).not.toContain("您");

    await confirmPayment(finance, (await pay()).id, new Date("2025-05-27T05:00:00Z"));
    const confirmed = await inbox("确认收费");
    expect(confirmed).toHaveLength(1);
    for (const name of names) expect(confirmed[0]!.body).toContain(name);
  });

  it("reminds an institution once per plan, naming its candidates, and each person who applied alone once", async () => {
    const actor = await ownInstitution("提醒", [3]);
    const { batch, planId } = await ownBatch("2032-09-18");
    const inst = await createApplications(planId, 3, {
      status: "APPROVED",
      institutionId: actor.institutionId!,
      names: ["提醒甲", "提醒乙", "提醒丙"],
      photo: false,
    });
    const alone = await createApplications(planId, 1, { status: "APPROVED", photo: false });
    const { paymentEnd } = await db.batch.findUniqueOrThrow({ where: { id: batch.id }, select: { paymentEnd: true } });
    const today = toIsoDate(paymentEnd);
    await sendDeadlineReminders(today);
    await sendDeadlineReminders(today);
    const mine = await db.notification.findMany({
      where: { institutionId: actor.institutionId, title: "缴费即将截止" },
      select: { body: true },
    });
    expect(mine).toHaveLength(1);
    for (const a of inst) expect(mine[0]!.body).toContain(a.name);
    expect(mine[0]!.body).not.toContain("您");
    expect(await db.notification.count({ where: { applicationId: alone[0]!.id, title: "缴费即将截止" } })).toBe(1);
  });

  it("speaks to the clerk about the candidate, never as if the clerk were the candidate", async () => {
    const actor = await ownInstitution("称呼", [3]);
    const [person] = await registerThroughRoster(actor, ["称呼考生"]);
    await db.$transaction((tx) =>
      notifyApplicant(tx, person!.applicationId, { title: "报名被退回修改", body: "您的学历证明不清晰，请重新上传。" }),
    );
    const note = await db.notification.findFirstOrThrow({
      where: { institutionId: actor.institutionId, applicationId: person!.applicationId, title: "报名被退回修改" },
    });
    expect(note.body).toBe("考生称呼考生的学历证明不清晰，请重新上传。");

    // The roster's eligibility reasons: 「该考生…13周岁」, not 「您在…13周岁」.
    const child = uniqueIdNumber("20120101");
    const template = (await rosterTemplate(actor)).bytes;
    const preview = await previewRoster(
      actor,
      { batchId: await batchId(5), bytes: await fillTemplate(template, [goodRow(child, "年少者")]), fileName: "r.xlsx" },
      REGISTRATION_DAY,
    );
    const message = preview.problemRows[0]!.problems.map((p) =>
      rosterProblemText(translatorFor("zh-CN"), "zh-CN", p.failure),
    ).join("");
    expect(message).toContain("13周岁");
    expect(message).not.toContain("您");
    expect(message).toContain("考生年少者");
  });

  it("names the project in the zip report and counts a file once for a person in two projects; a second copy is ignored, not unmatched", async () => {
    const actor = await ownInstitution("压缩包", [3, 4]);
    const idNumber = uniqueIdNumber();
    const template = (await rosterTemplate(actor)).bytes;
    for (const project of ["大数据采集", "大数据清洗"]) {
      const preview = await previewRoster(
        actor,
        {
          batchId: await batchId(5),
          bytes: await fillTemplate(template, [goodRow(idNumber, "两项目", { project, condition: "" })]),
          fileName: "r.xlsx",
        },
        REGISTRATION_DAY,
      );
      expect(preview.valid).toBe(1);
      await submitRoster(actor, { uploadId: preview.uploadId, pledge: true }, REGISTRATION_DAY, fromIsoDate(REGISTRATION_DAY));
    }
    const photo = await makeJpeg({ targetBytes: sizeKb(250) });
    const zip = makeZip([
      { name: `${idNumber}_照片.jpg`, data: photo },
      { name: `副本/${idNumber}_照片.jpg`, data: photo },
    ]);
    const report = await importAttachmentsZip(
      actor,
      { batchId: await batchId(5), bytes: zip },
      REGISTRATION_DAY,
      fromIsoDate(REGISTRATION_DAY),
    );
    expect(report.stored).toHaveLength(1);
    expect(report.stored[0]!.projects).toEqual(["大数据采集", "大数据清洗"]);
    expect(report.unmatched).toEqual([]);
    expect(report.ignored.map((i) => i.reason)).toEqual([{ key: "ruleFailures.zip.duplicate" }]);
  });
});
