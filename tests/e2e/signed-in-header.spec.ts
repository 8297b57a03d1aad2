import { DEMO_CANDIDATE_ID_NUMBER, DEMO_PASSWORD } from "@/prisma/seed/demo";
import { submitLoginForm } from "./support/staff-login";
import { expect, test } from "./support/test";

// Issue 14: the header of a page cached for everyone shows a signed-in person their links
// (ADR 089: a "signed in as" hint cookie read in the browser, the HTML stays shared), and the
// candidate's /me is small (ADR 090: only the messages its client components use, here none).

test.describe.configure({ mode: "serial" });

test("[考生] 登录后缓存的首页页头显示「我的报名」「退出」，不显示「登录」「注册」；/me 页面不超过 40 KB @candidate", async ({
  page,
}) => {
  await page.goto("/");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "登录", exact: true })).toBeVisible();

  await page.goto("/login");
  await page.getByLabel("身份证号码或用户名").fill(DEMO_CANDIDATE_ID_NUMBER);
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await submitLoginForm(page);
  await expect(page.getByRole("heading", { name: /^您好，/ })).toBeVisible();

  // The home page is the same cached HTML for everyone: the links come from the hint.
  // Asked again, it comes from Next's cache or the portal server's kept answer (ADR 150), which
  // keeps Next's header. The first answer can be a MISS: on a fresh server this may be the render
  // that fills the cache.
  await page.goto("/");
  const again = (await page.request.get("/")).headers();
  const cached = again["x-portal-answer"] === "kept" || /HIT|STALE|PRERENDER/.test(again["x-nextjs-cache"] ?? "");
  expect(cached, JSON.stringify(again)).toBe(true);
  await expect(header.getByRole("link", { name: "我的报名", exact: true })).toBeVisible();
  await expect(header.getByRole("button", { name: "退出", exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name: "登录", exact: true })).toHaveCount(0);
  await expect(header.getByRole("link", { name: "注册", exact: true })).toHaveCount(0);
  const shared = await (await page.request.get("/", { headers: { cookie: "" } })).text();
  // Nothing per-user in the shared HTML: no name, and the header's island gets no one.
  expect(shared).not.toContain("王小明");
  expect(shared).toContain(String.raw`\"known\":false,\"kind\":null`);

  // /me as the browser gets it, signed in.
  const me = await page.request.get("/me");
  expect(me.status()).toBe(200);
  const html = await me.text();
  expect(html).toContain("我的报名（报名历史）");
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(40 * 1024);

  // 退出 from the cached page's header ends the session and the hint.
  await header.getByRole("button", { name: "退出", exact: true }).click();
  await expect(header.getByRole("link", { name: "登录", exact: true })).toBeVisible();
  await page.goto("/projects");
  await expect(header.getByRole("link", { name: "注册", exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name: "我的报名", exact: true })).toHaveCount(0);
});

test("[考生] 会话已失效时，缓存页面的页头丢弃过期的登录提示 @candidate", async ({ page, context, baseURL }) => {
  // A hint without a session (a password changed elsewhere, an expired session): the header asks
  // /api/v1/session once and falls back to the signed-out links.
  await context.addCookies([{ name: "portal-signed-in", value: "candidate", url: baseURL! }]);
  await page.goto("/calendar/2025");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "登录", exact: true })).toBeVisible();
  await expect(header.getByRole("link", { name: "我的报名", exact: true })).toHaveCount(0);
  expect((await context.cookies()).some((c) => c.name === "portal-signed-in")).toBe(false);
});
