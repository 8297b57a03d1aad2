import { expect, test } from "@playwright/test";
import { mobileHash } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { resetClock } from "./support/clock";
import { sql } from "./support/database";

// Issue 15: every candidate form keeps working without JavaScript (ADR 133): the server action is
// still the form's action, so a post renders the page again with the action's errors and the
// values typed. Sign up, start an application, save wizard steps, log in, all with JavaScript off.
const candidate = { name: "郑岚", idNumber: withCheckDigit("51010419980412357"), mobile: "13912340015" };
const password = "Meadow2025ok";

test.use({ javaScriptEnabled: false });
test.describe.configure({ mode: "serial" });
test.afterAll(resetClock);

test("[考生] 不启用 JavaScript：注册、报名填写步骤、登录，错误显示且已填内容保留 @candidate", async ({ page }) => {
  resetClock();

  await test.step("注册：未勾选同意时提示错误，已填内容保留；再获取验证码并注册", async () => {
    await page.goto("/signup");
    await page.getByLabel("真实姓名").fill(candidate.name);
    await page.getByLabel("身份证号码").fill(candidate.idNumber);
    await page.getByLabel("手机号码").fill(candidate.mobile);
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await expect(page.getByText("请阅读告知书并勾选同意后再继续。")).toBeVisible();
    await expect(page.getByLabel("真实姓名")).toHaveValue(candidate.name);
    await expect(page.getByLabel("手机号码")).toHaveValue(candidate.mobile);
    await page.getByRole("checkbox", { name: /个人信息保护告知书/ }).check();
    await page.getByRole("checkbox", { name: /单独同意/ }).check();
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await expect(page.getByText(/验证码已发出/)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /单独同意/ })).toBeChecked();
    const [sent] = await sql<{ code: string }>(
      `SELECT params->>'code' AS code FROM "SmsMessage" WHERE "toHash" = $1 ORDER BY "createdAt" DESC, id DESC LIMIT 1`,
      [mobileHash(candidate.mobile)],
    );
    await page.getByLabel("短信验证码").fill(sent!.code);
    await page.getByLabel("密码", { exact: true }).fill("short");
    await page.getByLabel("再次输入密码").fill("short");
    await page.getByRole("button", { name: "注册并登录" }).click();
    await expect(page.getByText("密码至少8位，请加长。")).toBeVisible();
    await expect(page.getByLabel("真实姓名")).toHaveValue(candidate.name);
    await page.getByLabel("短信验证码").fill(sent!.code);
    await page.getByLabel("密码", { exact: true }).fill(password);
    await page.getByLabel("再次输入密码").fill(password);
    await page.getByRole("button", { name: "注册并登录" }).click();
    await expect(page.getByRole("heading", { name: `您好，${candidate.name}` })).toBeVisible();
  });

  await test.step("报名：未选申报条件时提示；个人信息步骤的错误显示且已填内容保留", async () => {
    await page.goto("/me/apply");
    await page.getByLabel("考核批次").selectOption({ index: 0 });
    await page.getByLabel("考核项目").selectOption({ label: "3. 大数据采集" });
    await page.getByRole("button", { name: "开始填报" }).click();
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page.getByText("请选择一项申报条件。")).toBeVisible();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "个人信息" })).toBeVisible();
    await page.getByLabel("最高学历（含今年毕业）").selectOption({ label: "本科" });
    await page.getByLabel("毕业（就读）学校").fill("四川大学");
    await page.getByLabel("通讯地址").fill("成都");
    await page.getByRole("radio", { name: /高中以上学历/ }).check();
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page.getByText("请填写通讯地址（至少5个字）。")).toBeVisible();
    await expect(page.getByLabel("毕业（就读）学校")).toHaveValue("四川大学");
    await expect(page.getByLabel("通讯地址")).toHaveValue("成都");
    await expect(page.getByRole("radio", { name: /高中以上学历/ })).toBeChecked();
    await page.getByLabel("通讯地址").fill("成都市武侯区一环路南一段24号");
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "照片" })).toBeVisible();
  });

  await test.step("登录：密码错误时提示且账号保留，然后登录", async () => {
    await page.context().clearCookies();
    await page.goto("/login");
    await page.getByLabel("身份证号码或用户名").fill(candidate.idNumber);
    await page.getByLabel("密码", { exact: true }).fill("Wrong2025pass");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByText("账号或密码不正确，请检查后重试。")).toBeVisible();
    await expect(page.getByLabel("身份证号码或用户名")).toHaveValue(candidate.idNumber);
    await page.getByLabel("密码", { exact: true }).fill(password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByRole("heading", { name: `您好，${candidate.name}` })).toBeVisible();
  });
});
