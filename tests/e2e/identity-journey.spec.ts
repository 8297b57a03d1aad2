import type { Page } from "@playwright/test";
import { devices } from "@playwright/test";
import { idNumberHash, loginHash, mobileHash, nameHash, seal } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { sql } from "./support/database";
import { submitLoginForm } from "./support/staff-login";
import { expect, test } from "./support/test";

// Issue 10 end to end: sign-up with an SMS code, 忘记密码, and an account appeal approved by
// staff. Codes come from the development SMS provider's table (what /staff/security/sms shows).
const owner = { name: "吴敏", idNumber: withCheckDigit("51010419960712345"), mobile: "13912340001" };
const password = "Lantern2025ok";
const newPassword = "Harbor2026new";

async function lastCode(mobile: string): Promise<string> {
  const [row] = await sql<{ code: string }>(
    `SELECT params->>'code' AS code FROM "SmsMessage" WHERE "toHash" = $1 AND template = 'otp' ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
    [mobileHash(mobile)],
  );
  if (!row) throw new Error(`no code sent to ${mobile}`);
  return row.code;
}

async function logout(page: Page) {
  await page.context().clearCookies();
}

test.describe.configure({ mode: "serial" });

test("[考生] 短信验证码注册，忘记密码后重设并登录 @candidate", async ({ page, clock }) => {
  await test.step("注册：先获取验证码，再设置密码", async () => {
    await page.goto("/signup");
    await page.getByLabel("真实姓名").fill(owner.name);
    await page.getByLabel("身份证号码").fill(owner.idNumber);
    await page.getByLabel("手机号码").fill(owner.mobile);
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await expect(page.getByText("请阅读告知书并勾选同意后再继续。")).toBeVisible();
    await page.getByRole("checkbox", { name: /个人信息保护告知书/ }).check();
    await page.getByRole("checkbox", { name: /单独同意/ }).check();
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await expect(page.getByText(/验证码已发出/)).toBeVisible();
    await page.getByLabel("短信验证码").fill(await lastCode(owner.mobile));
    await page.getByLabel("密码", { exact: true }).fill("password1");
    await page.getByLabel("再次输入密码").fill("password1");
    await page.getByRole("button", { name: "注册并登录" }).click();
    await expect(page.getByText(/太常见或太有规律/)).toBeVisible();
    await page.getByLabel("密码", { exact: true }).fill(password);
    await page.getByLabel("再次输入密码").fill(password);
    await page.getByRole("button", { name: "注册并登录" }).click();
    await expect(page.getByRole("heading", { name: `您好，${owner.name}` })).toBeVisible();
  });

  await test.step("忘记密码：验证码发到绑定手机，重设后用新密码登录", async () => {
    await logout(page);
    clock.set("2025-05-08T10:02:00+08:00"); // one code a minute per number
    await page.goto("/login");
    await page.getByRole("link", { name: "忘记密码" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "忘记密码" })).toBeVisible();
    await page.getByLabel("身份证号码").fill(owner.idNumber);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(page.getByText(/验证码已发到账号绑定的手机号/)).toBeVisible();
    await page.getByLabel("短信验证码").fill(await lastCode(owner.mobile));
    await page.getByLabel("新密码", { exact: true }).fill(newPassword);
    await page.getByLabel("再次输入密码").fill(newPassword);
    await page.getByRole("button", { name: "重设密码" }).click();
    await expect(page.getByText("密码已重设，请用新密码登录。")).toBeVisible();
    await page.getByLabel("身份证号码或用户名").fill(owner.idNumber);
    await page.getByLabel("密码", { exact: true }).fill(newPassword);
    await submitLoginForm(page);
    await expect(page.getByRole("heading", { name: `您好，${owner.name}` })).toBeVisible();
  });

  await test.step("短信验证码登录", async () => {
    await logout(page);
    clock.set("2025-05-08T10:04:00+08:00");
    await page.goto("/login");
    const form = page.getByRole("form", { name: "短信验证码登录" });
    await form.getByLabel("身份证号码").fill(owner.idNumber);
    await form.getByRole("button", { name: "获取登录验证码" }).click();
    await expect(form.getByText(/验证码已发到该手机/)).toBeVisible();
    await form.getByLabel("短信验证码").fill(await lastCode(owner.mobile));
    await form.getByRole("button", { name: "验证码登录" }).click();
    await expect(page.getByRole("heading", { name: `您好，${owner.name}` })).toBeVisible();
  });
});

test("[考生→中心] 身份证号被他人注册：提交账号申诉，管理员核实通过，本人登录", async ({ page, browser, signIn }) => {
  test.setTimeout(180_000);
  const victim = { name: "郑洁", idNumber: withCheckDigit("51010419970823456"), mobile: "13912340002" };
  // A squatter's account on the victim's ID number (what issue 10 found possible before).
  // Written as the portal writes it (ADR 057): envelopes and hash columns, or the approval cannot find it.
  await sql(
    `WITH u AS (INSERT INTO "User" (id, kind, login, "loginHash", "displayName", mobile, "passwordHash")
       VALUES (gen_random_uuid(), 'CANDIDATE', $1, $2, $3, $4, 'x') RETURNING id)
     INSERT INTO "Candidate" (id, "idNumber", "idNumberHash", name, "nameHash", mobile, "userId")
       SELECT gen_random_uuid(), $5, $6, $7, $8, $9, id FROM u`,
    [
      seal(victim.idNumber),
      loginHash(victim.idNumber),
      seal("冒用者"),
      seal("13912340003"),
      seal(victim.idNumber),
      idNumberHash(victim.idNumber),
      seal("冒用者"),
      nameHash("冒用者"),
      seal("13912340003"),
    ],
  );
  const jpeg = Buffer.from(await makeJpeg({ width: 800, height: 500, targetBytes: sizeKb(120) }));

  await test.step("本人在手机上提交申诉", async () => {
    const phone = await browser.newContext({ ...devices["Pixel 7"] });
    const mobilePage = await phone.newPage();
    await mobilePage.goto("/appeal");
    await mobilePage.getByLabel("姓名（与身份证一致）").fill(victim.name);
    await mobilePage.getByLabel("身份证号码").fill(victim.idNumber);
    await mobilePage.getByLabel("联系手机号").fill(victim.mobile);
    for (const label of ["身份证正面（人像面）", "身份证反面（国徽面）", "本人手持身份证照片"])
      await mobilePage.getByLabel(label).setInputFiles({ name: "id.jpg", mimeType: "image/jpeg", buffer: jpeg });
    await mobilePage.getByLabel("新账号的密码").fill(password);
    await mobilePage.getByLabel("再次输入密码").fill(password);
    await mobilePage.getByRole("checkbox", { name: /单独同意/ }).check();
    await mobilePage.getByRole("button", { name: "提交申诉" }).click();
    await expect(mobilePage.getByText(/申诉已提交/)).toBeVisible();
    await phone.close();
  });

  await test.step("管理员查看证件并通过", async () => {
    await signIn("officer");
    await page.goto("/staff/security/appeals");
    await page.getByRole("link", { name: victim.name }).click();
    await expect(page.getByRole("img", { name: "手持身份证照片" })).toBeVisible();
    await page.getByRole("button", { name: "通过申诉" }).click();
    // The page comes back with the decision: the status reads 已通过 and the buttons are gone.
    await expect(page.getByRole("definition").filter({ hasText: "已通过" })).toBeVisible();
    await expect(page.getByRole("button", { name: "通过申诉" })).toHaveCount(0);
    await page.context().clearCookies();
  });

  await test.step("本人用申诉时设置的密码登录", async () => {
    await page.goto("/login");
    await page.getByLabel("身份证号码或用户名").fill(victim.idNumber);
    await page.getByLabel("密码", { exact: true }).fill(password);
    await submitLoginForm(page);
    await expect(page.getByRole("heading", { name: `您好，${victim.name}` })).toBeVisible();
    const [squatter] = await sql<{ disabled: boolean }>(
      `SELECT u."disabledAt" IS NOT NULL AS disabled FROM "User" u JOIN "AccountAppeal" a ON u.login = 'appeal-' || a.id
       WHERE a."idNumberHash" = $1`,
      [idNumberHash(victim.idNumber)],
    );
    expect(squatter?.disabled).toBe(true);
  });
});
