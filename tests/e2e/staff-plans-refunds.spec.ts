import type { Page } from "@playwright/test";
import { createDbClient } from "@/lib/db-client";
import { withCheckDigit } from "@/lib/domain/id-number";
import { e2eDatabaseUrl } from "./support/database";
import { docShot } from "./support/doc-shot";
import { expect, test } from "./support/test";

// Issue 17 items 3–5 (ADR 080) at the demo moment 2025-05-08: batch 4's 碳资产管理 has two paid
// candidates and is merged into batch 5, where both already applied: 蒲甲 unreviewed (the paid
// place replaces it), 蒲乙 paid there too (the target's stands, this fee is refunded). Finance
// then pays the refund back, and closes a waiting receipt of a cancelled plan. Fixture rows are written through the app's client (sealed, hashed).
const shot = (page: Page, name: string) => docShot(page, `staff-${name}`);
const PROJECT_SEQ = 18;

interface Fixture {
  planId: string;
  targetBatchId: string;
}

async function seedMergeCase(): Promise<Fixture> {
  const db = createDbClient(e2eDatabaseUrl());
  try {
    const project = await db.project.findUniqueOrThrow({
      where: { seq: PROJECT_SEQ },
      select: { id: true, conditions: { select: { id: true }, take: 1, orderBy: { seq: "asc" } } },
    });
    const batch = (seq: number) => db.batch.findUniqueOrThrow({ where: { year_seq: { year: 2025, seq } }, select: { id: true } });
    const [b4, b5] = [await batch(4), await batch(5)];
    const plan = (batchId: string) =>
      db.plan.upsert({
        where: { batchId_projectId: { batchId, projectId: project.id } },
        create: { batchId, projectId: project.id },
        update: {},
        select: { id: true },
      });
    const [source, target] = [await plan(b4.id), await plan(b5.id)];
    const staff = await db.user.findFirstOrThrow({ where: { kind: "STAFF" }, select: { id: true } });
    const apply = (planId: string, candidateId: string, status: "SUBMITTED" | "PAYMENT_CONFIRMED") =>
      db.application.create({
        data: {
          planId,
          candidateId,
          channel: "INDIVIDUAL",
          status,
          conditionId: project.conditions[0]?.id ?? null,
          education: "BACHELOR",
          school: "西南财经大学",
          address: "成都市青羊区光华村街55号",
          submittedAt: new Date("2025-04-01T02:00:00Z"),
        },
        select: { id: true },
      });
    const pay = async (planId: string, applicationId: string, payerName: string, code: string) =>
      db.payment.create({
        data: {
          channel: "INDIVIDUAL",
          planId,
          referenceCode: code,
          payerName,
          amountFen: 15_000,
          expectedAmountFen: 15_000,
          transferDate: new Date("2025-05-07T00:00:00Z"),
          status: "CONFIRMED",
          submittedById: staff.id,
          decidedById: staff.id,
          items: { create: { applicationId } },
        },
      });
    const jia = await db.candidate.create({ data: { idNumber: withCheckDigit("51010419880318931"), name: "蒲甲" } });
    const yi = await db.candidate.create({ data: { idNumber: withCheckDigit("51010419880318941"), name: "蒲乙" } });
    await pay(source.id, (await apply(source.id, jia.id, "PAYMENT_CONFIRMED")).id, "蒲甲", "GR-E2E-MERGE-1");
    await apply(target.id, jia.id, "SUBMITTED");
    await pay(source.id, (await apply(source.id, yi.id, "PAYMENT_CONFIRMED")).id, "蒲乙父", "GR-E2E-MERGE-2");
    await pay(target.id, (await apply(target.id, yi.id, "PAYMENT_CONFIRMED")).id, "蒲乙", "GR-E2E-MERGE-3");
    // A plan cancelled while 蒲丙's receipt waited for finance: it can no longer be confirmed.
    const carbon = await db.project.findUniqueOrThrow({ where: { seq: 17 }, select: { id: true } });
    const cancelled = await db.plan.create({
      data: { batchId: b4.id, projectId: carbon.id, status: "CANCELLED", statusReason: "报名人数不足10人" },
      select: { id: true },
    });
    const bing = await db.candidate.create({ data: { idNumber: withCheckDigit("51010419880318951"), name: "蒲丙" } });
    const waiting = await db.application.create({
      data: { planId: cancelled.id, candidateId: bing.id, channel: "INDIVIDUAL", status: "CANCELLED" },
      select: { id: true },
    });
    await db.payment.create({
      data: {
        channel: "INDIVIDUAL",
        planId: cancelled.id,
        referenceCode: "GR-E2E-CANCEL-1",
        payerName: "蒲丙",
        amountFen: 15_000,
        expectedAmountFen: 15_000,
        transferDate: new Date("2025-05-07T00:00:00Z"),
        submittedById: staff.id,
        items: { create: { applicationId: waiting.id } },
      },
    });
    return { planId: source.id, targetBatchId: b5.id };
  } finally {
    await db.$disconnect();
  }
}

test.describe.configure({ mode: "serial" });

let fixture: Fixture;
test.beforeAll(async () => {
  fixture = await seedMergeCase();
});

test("[考务→财务] 合并前逐人预览、已缴费名额保留、结果可见；退款清单登记已退款 @staff", async ({ page, browser, signIn }) => {
  test.setTimeout(180_000);
  await signIn("officer");
  await page.goto(`/staff/plans/${fixture.planId}`);

  await test.step("合并：只列已发布批次，确认前逐人列出处理结果", async () => {
    await page.goto(`/staff/plans/${fixture.planId}`);
    await page.getByLabel("转入批次（同一项目）").selectOption(fixture.targetBatchId);
    await page.getByRole("button", { name: "预览对考生的影响" }).first().click();
    const preview = page.getByRole("table", { name: "确认前：每位考生将如何处理" });
    await expect(preview.getByRole("row", { name: /蒲甲/ })).toContainText("已缴费名额转入目标批次，目标批次未缴费的报名撤回");
    await expect(preview.getByRole("row", { name: /蒲乙/ })).toContainText("保留其在目标批次的报名");
    await expect(preview.getByRole("row", { name: /蒲乙/ })).toContainText("应退 150.00 元");
    await shot(page, "plan-merge-preview");
  });

  await test.step("确认合并：结果留在页面上", async () => {
    await page.getByRole("button", { name: "确认合并" }).click();
    const outcome = page.getByRole("status").filter({ hasText: "决定结果" });
    await expect(outcome).toContainText("已合并至2025年第5批");
    await expect(outcome).toContainText("已缴费名额保留 1 人");
    await expect(outcome).toContainText("退款 1 笔");
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "决定结果" })).toContainText("已缴费名额保留 1 人");
    await shot(page, "plan-merge-outcome");
  });

  await test.step("财务：退款清单列出应退款项，登记退款日期、账户和流水号", async () => {
    const financeContext = await browser.newContext();
    const finance = await financeContext.newPage();
    await signIn("finance", finance);
    await finance.goto("/staff/payments/refunds");
    await finance.goto("/staff/payments/refunds");
    const row = finance.getByRole("row", { name: /蒲乙/ });
    await expect(row).toContainText("150.00");
    await expect(row).toContainText("蒲乙父");
    await expect(row).toContainText("待退款");
    await shot(finance, "refunds");
    await row.getByLabel("退款账户（见付款凭证）").fill("6222 0210 0011 2233");
    await row.getByLabel("银行流水号").fill("TK2025050801");
    await row.getByRole("button", { name: "登记已退款" }).click();
    await expect(finance.getByRole("row", { name: /蒲乙/ })).toContainText("已退款");
    await expect(finance.getByRole("row", { name: /蒲乙/ })).toContainText("TK2025050801");

    // The waiting receipt of a cancelled plan: marked in the queue, no 确认收费, closed with a refund.
    await finance.goto("/staff/payments");
    const waiting = finance.getByRole("row", { name: /蒲丙/ });
    await expect(waiting).toContainText("计划已取消，不能确认");
    await waiting.getByRole("link", { name: "GR-E2E-CANCEL-1" }).click();
    await expect(finance.getByRole("heading", { name: "考核计划已取消：处理这张凭证" })).toBeVisible();
    await expect(finance.getByRole("button", { name: "确认收费" })).toHaveCount(0);
    await finance.getByRole("button", { name: "款项已到账，列入退款" }).click();
    await expect(finance.getByText("考核计划已取消，款项已到账，按退款退还")).toBeVisible();
    await finance.goto("/staff/payments/refunds?status=DUE");
    await expect(finance.getByRole("row", { name: /蒲丙/ })).toContainText("待退款");
    await financeContext.close();
  });
});
