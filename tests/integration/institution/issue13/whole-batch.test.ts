import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { batchPaymentNotice, submitBatchPayment } from "@/lib/server/institution/payments/batch-payment";
import { listPayable } from "@/lib/server/institution/payments/list-payable";
import { institutionBatchCollectionForm } from "@/lib/server/institution/results/collection-form";
import { wholeBatchTicketsPdf } from "@/lib/server/institution/tickets/batch-tickets";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { getPayment } from "@/lib/server/payments/list-payments";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { pdfInfo, pdfText, squash } from "../../documents/pdf-tools";
import { ensureCatalog } from "../../support/seed";
import { batchId, createStaff } from "../../support/factories";
import { giveSessionToPlanOf } from "../../support/exam-session";
import { registerThroughRoster } from "../support/people";
import { ownInstitution } from "./support";

// Batch 5 of 2025 (三): payment 5/26–5/28, tickets 6/9–6/13, exam 6/14.
const PAY_DAY = "2025-05-27";
const TICKET_DAY = "2025-06-10";
const BASE = "http://portal.test";
const FEE_3 = 15000;
let fee4 = 0;
const receipt = async () => ({ bytes: await makeJpeg({ targetBytes: sizeKb(150) }), name: "整批回单.jpg" });

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  await ensureCatalog();
  await db.project.update({ where: { seq: 3 }, data: { feeFen: FEE_3 } });
  const p4 = await db.project.findUniqueOrThrow({ where: { seq: 4 }, select: { feeFen: true } });
  if (p4.feeFen <= 0) await db.project.update({ where: { seq: 4 }, data: { feeFen: 16000 } });
  fee4 = (await db.project.findUniqueOrThrow({ where: { seq: 4 }, select: { feeFen: true } })).feeFen;
  await db.setting.upsert({
    where: { key: "payee" },
    create: { key: "payee", value: { name: "四川省职业技能鉴定指导中心", account: "5105 0000 0001", bank: "测试银行" } },
    update: {},
  });
});

/** Two projects of one batch, approved candidates in each, one institution of their own. */
async function approvedInTwoProjects() {
  const actor = await ownInstitution("整批", [3, 4]);
  const collect = await registerThroughRoster(actor, ["整批乙", "整批甲"], { project: "大数据采集" });
  const clean = await registerThroughRoster(actor, ["整批丁", "整批丙", "整批戊"], { project: "大数据清洗", condition: "" });
  const all = [...collect, ...clean];
  await db.application.updateMany({ where: { id: { in: all.map((p) => p.applicationId) } }, data: { status: "APPROVED" } });
  return { actor, collect, clean, ids: all.map((p) => p.applicationId) };
}

describe("issue 13 item 2: whole-batch payment, tickets and 证书登记表", () => {
  it("one notice across projects (head count × fee per project), one receipt, one 确认收费 for all, one ticket PDF, one 证书登记表", async () => {
    const { actor, collect, clean, ids } = await approvedInTwoProjects();
    const batch5 = await batchId(5);

    const notice = await batchPaymentNotice(actor, batch5, ids, PAY_DAY);
    expect(notice).toMatchObject({ headCount: 5, examDate: "2025-06-14", windowOpen: true, amountFen: 2 * FEE_3 + 3 * fee4 });
    expect(notice.lines.map((l) => [l.projectName, l.headCount, l.amountFen])).toEqual([
      ["大数据采集", 2, 2 * FEE_3],
      ["大数据清洗", 3, 3 * fee4],
    ]);
    expect(notice.referenceCode).toMatch(/^JG[2-9A-HJ-NP-Z]{8}$/);
    expect((await batchPaymentNotice(actor, batch5, [...ids].reverse(), PAY_DAY)).referenceCode).toBe(notice.referenceCode);

    const paid = await submitBatchPayment(
      actor,
      {
        batchId: batch5,
        applicationIds: ids,
        payerName: "整批培训中心",
        amount: notice.amountFen,
        transferDate: "2025-05-26",
        examDate: "2025-06-14",
        headCount: 5,
        acceptMismatch: false,
      },
      await receipt(),
      PAY_DAY,
    );
    expect(paid).toMatchObject({ referenceCode: notice.referenceCode, headCount: 5, projects: 2, amountMatches: true });
    const payments = await db.payment.findMany({ where: { referenceCode: notice.referenceCode }, include: { items: true } });
    expect(payments).toHaveLength(1);
    expect(payments[0]!.items).toHaveLength(5);
    expect(payments[0]!.expectedAmountFen).toBe(notice.amountFen);
    const payable = await listPayable(actor, batch5, PAY_DAY);
    expect(payable.receipts).toHaveLength(1);
    expect(payable.receipts[0]!.projects).toEqual([
      { name: "大数据采集", headCount: 2 },
      { name: "大数据清洗", headCount: 3 },
    ]);

    // The finance clerk's one confirmation confirms every application of the receipt, both projects,
    // and the receipt's page names both projects and each candidate's.
    const finance = await createStaff(["FINANCE"]);
    const seen = await getPayment(finance, payments[0]!.id);
    expect(seen.project.name).toBe("大数据采集、大数据清洗");
    expect(seen.applications.map((a) => a.projectName).sort()).toEqual(
      ["大数据清洗", "大数据清洗", "大数据清洗", "大数据采集", "大数据采集"].sort(),
    );
    const confirmed = await confirmPayment(finance, payments[0]!.id, new Date("2025-05-27T03:00:00Z"));
    expect(confirmed.confirmedApplications).toBe(5);
    expect(await db.application.count({ where: { id: { in: ids }, status: "PAYMENT_CONFIRMED" } })).toBe(5);

    // 六: tickets (numbered here as the held plans would be), one PDF for the batch, by project then name.
    let sequence = 9700;
    for (const [projectSeq, people] of [
      [3, collect],
      [4, clean],
    ] as const) {
      for (const p of people) {
        sequence += 1;
        await db.application.update({
          where: { id: p.applicationId },
          data: { ticketNumber: formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq, sequence }) },
        });
      }
      await giveSessionToPlanOf(people[0]!.applicationId);
    }
    const whole = await wholeBatchTicketsPdf(actor, batch5, TICKET_DAY, BASE);
    expect(pdfInfo(whole.pdf).pages).toBe(5);
    expect(whole.fileName).toContain("全部项目");
    const pages = [1, 2, 3, 4, 5].map((page) => squash(pdfText(whole.pdf, page)));
    const nameOn = (page: string) => ["整批甲", "整批乙", "整批丙", "整批丁", "整批戊"].find((n) => page.includes(n));
    // 大数据采集 (project 3) first, then 大数据清洗, each sorted by name (zh-CN collation).
    const collator = new Intl.Collator("zh-CN");
    expect(pages.map(nameOn)).toEqual([
      ...["整批乙", "整批甲"].sort(collator.compare),
      ...["整批丁", "整批丙", "整批戊"].sort(collator.compare),
    ]);
    expect(pages.slice(0, 2).every((p) => p.includes("大数据采集"))).toBe(true);
    // The per-project option.
    const one = await wholeBatchTicketsPdf(actor, batch5, TICKET_DAY, BASE, { planId: clean[0]!.planId });
    expect(pdfInfo(one.pdf).pages).toBe(3);
    expect(one.fileName).toContain("大数据清洗");

    // 九: one 证书登记表 for the batch, every project's certificates.
    await db.application.update({
      where: { id: collect[0]!.applicationId },
      data: { score: 80, certificateNumber: "Z2505039701" },
    });
    await db.application.update({
      where: { id: clean[0]!.applicationId },
      data: { score: 90, certificateNumber: "Z2505049702" },
    });
    const form = await institutionBatchCollectionForm(actor, batch5);
    const text = squash(pdfText(form.pdf));
    for (const s of ["大数据采集", "大数据清洗", collect[0]!.name, clean[0]!.name, "Z2505039701", "Z2505049702"])
      expect(text).toContain(s);
    expect(form.fileName).toContain("全部项目");
  });

  it("refuses a selection that mixes batches or includes a candidate no longer approved", async () => {
    const { actor, ids } = await approvedInTwoProjects();
    await db.application.update({ where: { id: ids[0]! }, data: { status: "SUBMITTED" } });
    await expect(batchPaymentNotice(actor, await batchId(5), ids, PAY_DAY)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(batchPaymentNotice(actor, await batchId(6), ids.slice(1), PAY_DAY)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
