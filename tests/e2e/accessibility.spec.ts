import { expect, test, type Page } from "@playwright/test";
import { idNumberHash } from "@/lib/db-crypto/raw";
import { DEMO_CANDIDATE_ID_NUMBER, DEMO_PASSWORD } from "@/prisma/seed/demo";
import { horizontalOverflow, seriousViolations, setDisplay } from "./support/axe";
import { resetClock } from "./support/clock";
import { sql } from "./support/database";
import { loginAsStaff } from "./support/staff-login";

// Issue 16 (适老化, GB/T 37668, WCAG 2.1 AA; ADR 125): axe-core finds no serious or critical
// violation on the public pages and on signed-in pages of every area, in the normal colours and
// with high contrast on; the text size and contrast buttons persist across pages; at 640 px with
// the text at 200 % nothing scrolls sideways.

const PUBLIC = [
  "/",
  "/guide",
  "/calendar",
  "/projects",
  "/institutions",
  "/eligibility",
  "/ticket",
  "/notice",
  "/verify/certificate",
  "/login",
  "/signup",
  "/privacy",
  "/en",
  "/en/guide",
];

test.beforeAll(resetClock);

/**
 * Every page: no serious/critical violation; with high contrast on, no colour-contrast violation;
 * at 640 px with the text at 200 %, no sideways scrolling.
 */
async function checkPages(page: Page, baseURL: string, paths: string[]) {
  const found: Record<string, unknown> = {};
  for (const path of paths) {
    await setDisplay(page.context(), baseURL, "normal");
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const normal = await seriousViolations(page);
    if (normal.length) found[path] = normal;
    await setDisplay(page.context(), baseURL, "normal.hc");
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/display-contrast/);
    const contrast = await seriousViolations(page, ["color-contrast", "link-in-text-block"]);
    if (contrast.length) found[`${path} (high contrast)`] = contrast;
    // 200 % text in a 640 px window (a 1280 px screen zoomed to 200 %): no sideways scrolling.
    const size = page.viewportSize();
    await page.setViewportSize({ width: 640, height: 900 });
    await setDisplay(page.context(), baseURL, "xlarge");
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/display-xlarge/);
    const overflow = await horizontalOverflow(page);
    if (overflow.scrollWidth > overflow.width) found[`${path} (640 px, 200 %)`] = overflow;
    if (size) await page.setViewportSize(size);
  }
  await setDisplay(page.context(), baseURL, "normal");
  expect(found).toEqual({});
}

async function loginCandidate(page: Page) {
  await page.goto("/login");
  await page.getByLabel("身份证号码或用户名").fill(DEMO_CANDIDATE_ID_NUMBER);
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/me/, { timeout: 20_000 }); // argon2 on a busy machine
}

test("[公众] 公开页面：axe 无严重问题，高对比度下对比度合格", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await checkPages(page, baseURL!, PUBLIC);
});

test("[考生] 我的报名、报名详情、各填报步骤和消息：axe 无严重问题", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  await loginCandidate(page);
  const own = await sql<{ id: string; status: string }>(
    `SELECT a.id, a.status FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
     WHERE c."idNumberHash" = $1 ORDER BY a."createdAt"`,
    [idNumberHash(DEMO_CANDIDATE_ID_NUMBER)],
  );
  const draft = own.find((a) => a.status === "DRAFT")!.id;
  const paid = own.find((a) => a.status === "PAYMENT_CONFIRMED")!.id;
  const approved = own.find((a) => a.status === "APPROVED")!.id;
  const steps = ["condition", "personal", "photo", "attachments", "pledge", "review"].map(
    (s) => `/me/applications/${draft}/edit/${s}`,
  );
  await checkPages(page, baseURL!, [
    "/me",
    `/me/applications/${draft}`,
    `/me/applications/${paid}`,
    `/me/applications/${approved}/pay`,
    ...steps,
    "/me/inbox",
    "/me/apply",
    "/me/security",
    "/en/me",
  ]);
});

test("[机构] 工作台、名单、考生、缴费：axe 无严重问题", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  await loginAsStaff(page, "inst-dsj", "/institution");
  const [candidate] = await sql<{ id: string }>(
    `SELECT a.id FROM "Application" a JOIN "User" u ON u."institutionId" = a."institutionId"
     WHERE u.login = 'inst-dsj' AND a.status = 'SUBMITTED' ORDER BY a."createdAt" LIMIT 1`,
  );
  // ADR 116/126 at a glance: the clerk reads the candidate's what-now, about the candidate.
  await page.goto(`/institution/candidates/${candidate!.id}`);
  await expect(page.getByText("该考生的下一步")).toBeVisible();
  await expect(page.getByTestId("what-now")).toContainText("已提交，等待省职鉴中心资格审核，最迟");
  await expect(page.getByTestId("what-now")).toContainText("本机构的“消息”");
  await checkPages(page, baseURL!, [
    "/institution",
    "/institution/roster",
    "/institution/candidates",
    `/institution/candidates/${candidate!.id}`,
    "/institution/payments",
    "/institution/tickets",
    "/institution/results",
    "/institution/documents",
  ]);
});

test("[中心] 审核、财务、考务和管理员页面：axe 无严重问题", async ({ page, baseURL }) => {
  test.setTimeout(360_000);
  await loginAsStaff(page, "reviewer", "/staff");
  const [submitted] = await sql<{ id: string }>(
    `SELECT id FROM "Application" WHERE status = 'SUBMITTED' ORDER BY "createdAt" LIMIT 1`,
  );
  await checkPages(page, baseURL!, ["/staff", "/staff/review", `/staff/review/${submitted!.id}`]);
  await page.context().clearCookies();
  await loginAsStaff(page, "finance", "/staff/payments");
  await checkPages(page, baseURL!, ["/staff/payments", "/staff/payments/all"]);
  await page.context().clearCookies();
  await loginAsStaff(page, "officer", "/staff/plans");
  await checkPages(page, baseURL!, [
    "/staff/plans",
    "/staff/results",
    "/staff/exam",
    "/staff/admin",
    "/staff/admin/users",
    "/staff/admin/return-reasons",
  ]);
});

test("[公众] 文字大小和高对比度：页头按钮设置后各页面保持；640 像素宽、200% 文字不横向滚动", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await page.goto("/calendar");
  const html = page.locator("html");
  const sizes = page.getByRole("group", { name: "文字大小" });
  await sizes.getByRole("button", { name: "特大" }).click();
  await expect(html).toHaveClass(/display-xlarge/);
  await expect(sizes.getByRole("button", { name: "特大" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "高对比度" }).click();
  await expect(html).toHaveClass(/display-contrast/);
  expect(await html.evaluate((el) => getComputedStyle(el).fontSize)).toBe("32px");

  // Another page, cached for everyone (ADR 050): the setting is there before any click.
  await page.goto("/projects");
  await expect(html).toHaveClass(/display-xlarge/);
  await expect(html).toHaveClass(/display-contrast/);
  await expect(page.getByRole("button", { name: "高对比度" })).toHaveAttribute("aria-pressed", "true");
  // The shared HTML itself carries no one's setting.
  const shared = await (await page.request.get("/projects")).text();
  expect(shared).toContain('<html lang="zh-CN">');

  await page.getByRole("group", { name: "文字大小" }).getByRole("button", { name: "标准" }).click();
  await page.getByRole("button", { name: "高对比度" }).click();
  await expect(html).not.toHaveClass(/display-/);
  await page.reload();
  await expect(html).not.toHaveClass(/display-/);

  // 200 % text in a 640 px window (a 1280 px screen zoomed to 200 %): no sideways scrolling.
  await page.setViewportSize({ width: 640, height: 900 });
  await setDisplay(page.context(), baseURL!, "xlarge");
  const wide: Record<string, unknown> = {};
  for (const path of [
    "/",
    "/guide",
    "/calendar",
    "/projects",
    "/institutions",
    "/eligibility",
    "/notice",
    "/verify/certificate",
    "/login",
    "/en",
  ]) {
    await page.goto(path);
    await expect(html).toHaveClass(/display-xlarge/);
    const overflow = await horizontalOverflow(page);
    if (overflow.scrollWidth > overflow.width) wide[path] = overflow;
  }
  expect(wide).toEqual({});
});
