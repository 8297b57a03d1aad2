import { createDbClient } from "@/lib/db-client";
import { withCheckDigit } from "@/lib/domain/id-number";
import { e2eDatabaseUrl, sql } from "./support/database";
import { expect, test } from "./support/test";

// Issue 15: the staff forms keep working without JavaScript (ADR 133, 140): the server action is
// still the form's action, so a post renders the page again with the action's errors and what
// was typed. The reviewer's decisions on an application this spec makes: batch 5 is under review
// at the demo moment (2025-05-08), its window open until 5/23.
const PROJECT_SEQ = 7;

async function submittedApplication(name: string, idPrefix: string): Promise<string> {
  const db = createDbClient(e2eDatabaseUrl());
  try {
    const project = await db.project.findUniqueOrThrow({
      where: { seq: PROJECT_SEQ },
      select: { id: true, conditions: { select: { id: true }, take: 1, orderBy: { seq: "asc" } } },
    });
    const batch = await db.batch.findUniqueOrThrow({ where: { year_seq: { year: 2025, seq: 5 } }, select: { id: true } });
    const plan = await db.plan.upsert({
      where: { batchId_projectId: { batchId: batch.id, projectId: project.id } },
      create: { batchId: batch.id, projectId: project.id },
      update: {},
      select: { id: true },
    });
    const candidate = await db.candidate.create({ data: { idNumber: withCheckDigit(idPrefix), name } });
    const application = await db.application.create({
      data: {
        planId: plan.id,
        candidateId: candidate.id,
        channel: "INDIVIDUAL",
        status: "SUBMITTED",
        conditionId: project.conditions[0]?.id ?? null,
        education: "BACHELOR",
        school: "成都理工大学",
        address: "成都市成华区二仙桥东三路1号",
        submittedAt: new Date("2025-05-06T02:00:00Z"),
      },
      select: { id: true },
    });
    return application.id;
  } finally {
    await db.$disconnect();
  }
}

async function statusOf(applicationId: string): Promise<string | undefined> {
  const [row] = await sql<{ status: string }>(`SELECT status FROM "Application" WHERE id = $1`, [applicationId]);
  return row?.status;
}

test.describe("JavaScript off", () => {
  test.use({ javaScriptEnabled: false, signedInAs: "reviewer" });

  test("[审核员] 不启用 JavaScript：退回修改未填意见时提示，驳回原因过短时提示且保留，填写意见后退回生效 @staff", async ({
    page,
  }) => {
    const applicationId = await submittedApplication("闻秋实", "51010419900715263");
    await page.goto(`/staff/review/${applicationId}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("闻秋实");

    await test.step("退回修改不填任何意见：页面提示至少填写一项，报名未变", async () => {
      await page.locator("summary", { hasText: "退回修改" }).click();
      await page.getByRole("button", { name: "确认退回修改" }).click();
      await expect(page.getByText("退回修改须至少填写一项意见。")).toBeVisible();
      expect(await statusOf(applicationId)).toBe("SUBMITTED");
    });

    await test.step("不通过原因只写一个字：提示原因过短，已填内容保留", async () => {
      await page.locator("summary", { hasText: "审核不通过" }).click();
      await page.getByLabel("不通过原因").fill("差");
      await page.getByRole("button", { name: "确认审核不通过" }).click();
      await expect(page.getByText("请填写不通过原因（至少2个字）。")).toBeVisible();
      await expect(page.getByLabel("不通过原因")).toHaveValue("差");
      expect(await statusOf(applicationId)).toBe("SUBMITTED");
    });

    await test.step("填写“其他”的退回意见：退回生效", async () => {
      // The page answered the rejection: only that form is open now.
      await page.locator("summary", { hasText: "退回修改" }).click();
      await page.getByLabel("其他的退回意见").fill("请补充近期免冠照片");
      await page.getByRole("button", { name: "确认退回修改" }).click();
      await expect(page.getByText("已退回修改，已通知考生。")).toBeVisible();
      expect(await statusOf(applicationId)).toBe("RETURNED");
    });
  });
});

test("[审核员] 启用 JavaScript：离开输入框即提示错误，尚未提交 @staff", async ({ page, signIn }) => {
  const applicationId = await submittedApplication("闻冬青", "51010419900715271");
  await signIn("reviewer");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await page.goto(`/staff/review/${applicationId}`);
  await page.locator("summary", { hasText: "审核不通过" }).click();
  const reason = page.getByLabel("不通过原因");
  const error = page.getByText("请填写不通过原因（至少2个字）。");
  // A field left before the form's client code has hydrated is not checked: wait until it checks.
  await expect(page.locator("form", { has: reason })).toHaveAttribute("data-checking", "");
  await reason.fill("差");
  await reason.blur();
  await expect(error).toBeVisible();
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);
  expect(await statusOf(applicationId)).toBe("SUBMITTED");
});
