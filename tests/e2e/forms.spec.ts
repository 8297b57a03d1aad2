import { expect, test, type Page } from "@playwright/test";

// Issue 15: forms on react-hook-form + the action's zod schema (components/forms/use-action-form.ts,
// ADR 133). With JavaScript the browser checks a field when it is left, before any submit, and an
// invalid submit focuses the first wrong field and never reaches the server; the server's own
// answers (a wrong password) still come back with the values kept.

/** The server actions the page posts (a server action is a POST to the page with a Next-Action header). */
function actionPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) posts.push(request.url());
  });
  return posts;
}

test("注册表单：离开字段即提示错误，提交时聚焦第一个错误且不请求服务器", async ({ page }) => {
  const posts = actionPosts(page);
  await page.goto("/signup");
  const name = page.getByLabel("真实姓名");
  await name.fill("A");
  await expect(page.getByText("请填写与身份证一致的真实姓名")).toHaveCount(0);
  await name.blur();
  await expect(page.getByText("请填写与身份证一致的真实姓名（2至30个汉字或字母）。")).toBeVisible();
  await name.fill("吴敏");
  await expect(page.getByText("请填写与身份证一致的真实姓名（2至30个汉字或字母）。")).toHaveCount(0);

  await page.getByRole("button", { name: "获取短信验证码" }).click();
  await expect(page.getByLabel("身份证号码")).toBeFocused();
  await expect(page.getByText("身份证号码应为18位：17位数字加最后一位数字或X，请检查。")).toBeVisible();
  await expect(page.getByText("请阅读告知书并勾选同意后再继续。")).toBeVisible();
  // 获取验证码 checks the first step's fields only: nothing about the code or the password yet.
  await expect(page.getByText("两次输入的密码不一致")).toHaveCount(0);
  await expect(name).toHaveValue("吴敏");
  expect(posts).toEqual([]);
});

test("登录表单：服务器的错误经同一处显示，已填的账号保留", async ({ page }) => {
  const posts = actionPosts(page);
  await page.goto("/login");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByLabel("身份证号码或用户名")).toBeFocused();
  expect(posts).toEqual([]);
  await page.getByLabel("身份证号码或用户名").fill("nobody-here");
  await page.getByLabel("密码", { exact: true }).fill("wrong-password-1");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByText("账号或密码不正确，请检查后重试。")).toBeVisible();
  expect(posts).toHaveLength(1);
  await expect(page.getByLabel("身份证号码或用户名")).toHaveValue("nobody-here");
});
