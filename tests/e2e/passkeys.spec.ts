import { sql } from "./support/database";
import { expect, test } from "./support/test";

// Issue 16 item 9 (ADR 114): 「使用通行密钥登录」 in Chromium's virtual authenticator, a phone's
// platform authenticator with a resident key and fingerprint (user verification) that succeeds.
// WebAuthn refuses an IP address as RP ID, so this spec talks to the server as `localhost`.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const origin = `http://localhost:${PORT}`;

test("[考生] 添加通行密钥，退出后用通行密钥登录，再删除 @candidate", async ({ page, signIn }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  await test.step("已登录，在「通行密钥」页添加一个", async () => {
    await signIn("candidate", page, { url: origin });
    await page.goto(`${origin}/me`);
    await expect(page.getByRole("heading", { name: /您好/ })).toBeVisible();
    await page.getByRole("link", { name: "通行密钥" }).click();
    await expect(page.getByRole("heading", { name: "通行密钥", level: 1 })).toBeVisible();
    await expect(page.getByText("您还没有添加通行密钥。")).toBeVisible();
    await page.getByLabel("通行密钥名称").fill("测试手机");
    await page.getByRole("button", { name: "添加通行密钥" }).click();
    await expect(page.getByText(/通行密钥已添加/)).toBeVisible();
    await expect(page.getByRole("list", { name: "已添加的通行密钥" }).getByText("测试手机")).toBeVisible();
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.isResidentCredential).toBe(true);
  });

  await test.step("退出，再用通行密钥登录（无需输入身份证号）", async () => {
    await page.goto(`${origin}/me`);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("button", { name: "退出登录" })).toHaveCount(0);
    await page.goto(`${origin}/me`);
    await expect(page).toHaveURL(/\/login/);
    await page.getByRole("button", { name: "使用通行密钥登录" }).click();
    await expect(page.getByRole("heading", { name: /您好/ })).toBeVisible();
    const [row] = await sql<{ n: string }>(`SELECT count(*)::text AS n FROM "AuditLog" WHERE action = 'auth.login.passkey'`);
    expect(row?.n).toBe("1");
  });

  await test.step("删除后，这个通行密钥不能再登录", async () => {
    await page.goto(`${origin}/me/security`);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "删除 测试手机" }).click();
    await expect(page.getByText("通行密钥已删除。")).toBeVisible();
    await expect(page.getByText("您还没有添加通行密钥。")).toBeVisible();
    await page.context().clearCookies();
    await page.goto(`${origin}/login`);
    await page.getByRole("button", { name: "使用通行密钥登录" }).click();
    await expect(page.getByText(/通行密钥登录未成功/)).toBeVisible();
  });
});
