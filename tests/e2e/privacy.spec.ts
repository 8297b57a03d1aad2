import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { allowsUnsafeInlineScript, inlineScripts } from "@/lib/csp";
import { withCheckDigit } from "@/lib/domain/id-number";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { createCandidate } from "./support/accounts";
import { expect, test } from "./support/test";
import { applyUpToPhotoStep } from "./support/to-photo-step";

// Issue 11: the privacy notice in both languages; a candidate's separate consent before the
// first upload, a copy of their data, and the closing of their account.

const idNumber = withCheckDigit("51010419950309876"); // a person of its own: identity-journey.spec.ts has 51010419960712345
const name = "隐私权";
const password = "Privacy2025ok";

test("[公众] 个人信息保护告知：中文与英文，页脚可达 @public", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "个人信息保护" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "个人信息保护告知" })).toBeVisible();
  for (const heading of ["谁处理您的个人信息", "保存多久", "提供给谁", "您的权利和行使方式"])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expect(page.getByText(/罗曼奕、李娜，电话 028-86156861/)).toBeVisible();
  await expect(page.getByText(/考核日后 2 年/)).toBeVisible();
  // Finished applications (ADR 061): details after 3 years, people without a certificate anonymised.
  await expect(page.getByText(/考核日后 3 年删除/)).toBeVisible();
  await expect(page.getByText(/未取得证书.*匿名化/)).toBeVisible();
  await page.goto("/en/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy notice" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "How long" })).toBeVisible();
  await expect(page.getByText(/People without a certificate .* anonymised once/)).toBeVisible();
});

/** Next's inline bootstrap scripts ran (they define `self.__next_f`): the page's CSP let them. */
const inlineScriptsRan = (page: Page) => page.evaluate(() => "__next_f" in self);

test("[公众] CSP：按请求渲染的页面只运行带 nonce 的脚本，缓存的公共页面照常 @public", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => void (/Content Security Policy/i.test(m.text()) && violations.push(m.text())));
  // The login page with a query is rendered per request (ADR 159); the bare one is cached (below).
  const login = await page.goto("/login?next=/me");
  const policy = login!.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}'/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(await inlineScriptsRan(page)).toBe(true);
  const again = (await page.goto("/login?next=/me"))!.headers()["content-security-policy"];
  expect(again).not.toBe(policy);
  await page.goto("/");
  expect(await inlineScriptsRan(page)).toBe(true);
  expect(violations).toEqual([]);
});

/** Every page rendered once for everyone (ADR 050), in both languages. */
const CACHED_PAGES = ["/", "/calendar", "/calendar/2025", "/projects", "/institutions", "/privacy", "/guide", "/login"].flatMap(
  (p) => [p, p === "/" ? "/en" : `/en${p}`],
);
const scriptHash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

test("[公众] CSP：缓存的公共页面不允许 unsafe-inline，每个内联脚本都有哈希 @public", async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on("console", (m) => void (/Content Security Policy/i.test(m.text()) && violations.push(`${page.url()}: ${m.text()}`)));
  for (const path of CACHED_PAGES) {
    const response = (await page.goto(path))!;
    expect(response.status(), path).toBe(200);
    const policy = response.headers()["content-security-policy"] ?? "";
    expect(allowsUnsafeInlineScript(policy), path).toBe(false);
    expect(policy, path).not.toContain("'nonce-");
    const scripts = inlineScripts(await response.text());
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const script of scripts) expect(policy, `${path}: ${script.slice(0, 60)}`).toContain(scriptHash(script));
    expect(await inlineScriptsRan(page), path).toBe(true);
  }
  // Still the shared cache (ADR 050): the page comes from Next's cache, or the portal server's
  // kept answer (ADR 150: no Next at all; it keeps Next's header, a MISS when an earlier spec's
  // catalog change made this page's first render here), not a render per request.
  for (const path of ["/calendar", "/login"]) {
    const again = await page.request.get(path);
    const cached = again.headers()["x-portal-answer"] === "kept" || /HIT|STALE/.test(again.headers()["x-nextjs-cache"] ?? "");
    expect(cached, `${path}: ${JSON.stringify(again.headers())}`).toBe(true);
  }
  expect(violations).toEqual([]);
});

test.describe.configure({ mode: "serial" });

test("[考生] 首次上传前单独同意，下载我的数据，注销账号 @candidate", async ({ page, signIn }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  page.on("console", (m) => void (/Content Security Policy/i.test(m.text()) && violations.push(m.text())));
  // A fresh account (sign-up has its own journey): only the steps of issue 11 go through the UI.
  // Its password is typed to close the account, and to see that it no longer opens it.
  const { userId } = await createCandidate({ idNumber, name, password });

  await test.step("登录并开始报名", async () => {
    await signIn({ userId });
    await page.goto("/me");
    await expect(page.getByRole("heading", { name: `您好，${name}` })).toBeVisible();
    await applyUpToPhotoStep(page, { school: "四川大学", address: "成都市武侯区人民南路三段17号" });
  });

  await test.step("首次上传前：单独同意处理敏感个人信息，默认不勾选", async () => {
    const box = page.getByLabel(/我单独同意处理上述敏感个人信息/);
    await expect(box).not.toBeChecked();
    await expect(page.getByRole("region", { name: "考生照片" })).toHaveCount(0);
    await page.getByRole("button", { name: "同意并继续上传" }).click();
    await expect(page.getByText("请勾选同意后再继续；不同意将无法上传材料。")).toBeVisible();
    await page.getByLabel(/我单独同意处理上述敏感个人信息/).check();
    await page.getByRole("button", { name: "同意并继续上传" }).click();
    const field = page.getByRole("region", { name: "考生照片" });
    await expect(field.getByRole("button", { name: "选择文件或拍照" })).toBeVisible(); // the page runs
    await field.getByLabel("考生照片", { exact: true }).setInputFiles({
      name: "photo.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from(await makeJpeg({ targetBytes: sizeKb(250), exact: true })),
    });
    // Issue 16: the photo is offered cropped and fitted beside the original; this one is in range as it is.
    await field.getByRole("button", { name: "使用原图" }).click();
    await expect(field.getByText(/已上传/)).toBeVisible();
  });

  await test.step("下载我的数据：data.json 与照片", async () => {
    await page.goto("/me");
    await page.getByRole("link", { name: "我的个人信息" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的个人信息" })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载我的数据（zip）" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(JSON.parse(strFromU8(entries["data.json"]!))).toMatchObject({ person: { name, idNumber } });
    expect(Object.keys(entries).some((k) => /^files\/.+\/PHOTO\.jpg$/.test(k))).toBe(true);
  });

  await test.step("注销账号：确认后无法再登录", async () => {
    await page.getByLabel("当前密码").fill(password);
    await page.getByLabel("我已了解以上说明，确认注销账号").check();
    await page.getByRole("button", { name: "注销账号" }).click();
    await expect(page.getByText(/账号已注销/)).toBeVisible();
    await page.goto("/login");
    await page.getByLabel("身份证号码或用户名").fill(idNumber);
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByRole("heading", { name: `您好，${name}` })).toHaveCount(0);
    await expect(page).toHaveURL(/\/login/);
  });
  expect(await inlineScriptsRan(page)).toBe(true);
  expect(violations).toEqual([]);
});
