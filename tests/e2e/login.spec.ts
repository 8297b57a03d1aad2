import { DEMO_CANDIDATE_ID_NUMBER, DEMO_PASSWORD } from "@/prisma/seed/demo";
import { loginHash } from "@/lib/db-crypto/raw";
import { sql } from "./support/database";
import { loginAsStaff, submitLoginForm } from "./support/staff-login";
import { expect, test } from "./support/test";

// The login form, once per role (ADR 129): every other spec signs in with the fixture, which
// mints the same cookies. Staff and institution users type the password and the authenticator's
// code (the second factor, ADR 011 and issue 10); the portal records that the code was used.

const SECOND_FACTOR_LOGINS = [
  { login: "inst-dsj", next: "/institution", heading: "四川省大数据产业联合会", hint: "institution" },
  { login: "reviewer", next: "/staff/review", heading: "资格审核", hint: "staff" },
  { login: "finance", next: "/staff/payments", heading: "缴费确认", hint: "staff" },
  { login: "officer", next: "/staff", heading: "中心工作台", hint: "staff" },
  { login: "auditor", next: "/staff/audit", heading: "审计日志", hint: "staff" },
] as const;

async function loginAudits(login: string): Promise<{ secondFactor: boolean }[]> {
  return sql<{ secondFactor: boolean }>(
    `SELECT (a.after->>'secondFactor')::boolean AS "secondFactor" FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId"
     WHERE a.action = 'auth.login' AND u."loginHash" = $1`,
    [loginHash(login)],
  );
}

for (const role of SECOND_FACTOR_LOGINS) {
  test(`[登录] ${role.login}：密码和动态验证码登录后进入 ${role.next} @staff`, async ({ page, context }) => {
    const before = (await loginAudits(role.login)).length;
    await loginAsStaff(page, role.login, role.next);
    await expect(page).toHaveURL(new RegExp(`${role.next}$`));
    await expect(page.getByRole("heading", { level: 1, name: role.heading })).toBeVisible();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "authjs.session-token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(cookies.find((c) => c.name === "portal-signed-in")?.value).toBe(role.hint);
    const audits = await loginAudits(role.login);
    expect(audits).toHaveLength(before + 1);
    expect(audits.some((a) => a.secondFactor)).toBe(true);
  });
}

test("[登录] 考生：身份证号和密码登录后进入「我的报名」 @candidate", async ({ page, context }) => {
  await page.goto("/login?next=/me");
  await page.getByLabel("身份证号码或用户名").fill(DEMO_CANDIDATE_ID_NUMBER);
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await submitLoginForm(page);
  await expect(page.getByRole("heading", { name: /^您好，/ })).toBeVisible();
  await expect(page).toHaveURL(/\/me$/);
  const cookies = await context.cookies();
  expect(cookies.find((c) => c.name === "authjs.session-token")).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookies.find((c) => c.name === "portal-signed-in")?.value).toBe("candidate");
});

test("[登录] 登录夹具铸造的会话与登录页的一样：每个角色进入自己的页面，不能进入别人的 @staff", async ({ browser, signIn }) => {
  // The fixture's cookies are accepted where the form's are, and roles stay apart.
  for (const role of SECOND_FACTOR_LOGINS) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(role.login === "inst-dsj" ? "institution" : role.login, context);
    await page.goto(role.next);
    await expect(page.getByRole("heading", { level: 1, name: role.heading })).toBeVisible();
    expect((await context.cookies()).find((c) => c.name === "portal-signed-in")?.value).toBe(role.hint);
    await context.close();
  }
  const finance = await (await browser.newContext()).newPage();
  await signIn("finance", finance);
  await finance.goto("/staff/review");
  await expect(finance.getByText("您没有权限查看此页面（需要“审核员”角色）。如有疑问请联系系统管理员。")).toBeVisible();
  await finance.context().close();
});

test.describe("[登录] 无 JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("[登录] 无 JavaScript：从带 next 的登录地址登录后进入该页，裸地址的登录页是共享缓存 @candidate", async ({ page }) => {
    // ADR 159: /login is rendered once for everyone; with a query it is rendered per request, so
    // the form's hidden `next` is there before any script runs.
    const bare = await page.request.get("/login");
    expect(bare.headers()["content-security-policy"]).not.toContain("'nonce-");
    const withNext = await page.goto("/login?next=/me/data");
    expect(withNext!.headers()["content-security-policy"]).toMatch(/'nonce-/);
    await expect(page.locator('input[name="next"]')).toHaveValue("/me/data");
    await page.getByLabel("身份证号码或用户名").fill(DEMO_CANDIDATE_ID_NUMBER);
    await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/me\/data$/);
  });
});
