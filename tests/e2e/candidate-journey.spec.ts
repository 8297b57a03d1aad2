import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { idNumberHash, loginHash, mobileHash } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { sql } from "./support/database";
import { docShot } from "./support/doc-shot";
import { expect, test } from "./support/test";

// 四(二)–八 end to end on a phone, batch 5 of 2025 (三): registration 5/6–5/13, review 5/13–5/23,
// payment 5/26–5/28, tickets 6/9–6/13, exam 6/14. Staff steps are fixtures on the database
// (the staff console has its own journeys); every candidate step goes through the UI.
const idNumber = withCheckDigit("51010419950315456");
const name = "周杰";
const password = "Journey2025ok";
const shot = (page: Page, step: string) => docShot(page, `candidate-${step}`);

/**
 * Issue 16: a chosen file uploads at once (PDFs, scans in range); an image the browser fits (the
 * photo, a scan out of range) waits for "use this / use the original" (`choice`).
 */
async function upload(
  page: Page,
  label: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  choice?: "使用原图" | "使用调整后的图片",
) {
  const field = page.getByRole("region", { name: label });
  await expect(field.getByRole("button", { name: /^(选择文件或拍照|重新选择)$/ })).toBeVisible(); // the page runs
  await field.getByLabel(label, { exact: true }).setInputFiles(file);
  if (choice) await field.getByRole("button", { name: choice }).click();
  return field;
}

const jpeg = async (kb: number) => ({
  name: "scan.jpg",
  mimeType: "image/jpeg",
  buffer: Buffer.from(await makeJpeg({ targetBytes: sizeKb(kb), exact: true })),
});
const pdf = (kb: number) => ({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from(makePdf(sizeKb(kb))) });

test.describe.configure({ mode: "serial" });

test("[考生] 注册、报名、被退回后修改、缴费、下载准考证、查看成绩 @candidate", async ({ page, browser, baseURL, clock }) => {
  test.setTimeout(240_000);

  await test.step("注册账号", async () => {
    await page.goto("/signup");
    await page.getByLabel("真实姓名").fill(name);
    await page.getByLabel("身份证号码").fill(idNumber);
    await page.getByLabel("手机号码").fill("13912345678");
    await page.getByRole("checkbox", { name: /个人信息保护告知书/ }).check();
    await page.getByRole("checkbox", { name: /单独同意/ }).check();
    // Issue 10: a code by SMS first (the development provider keeps it in SmsMessage).
    await page.getByRole("button", { name: "获取短信验证码" }).click();
    await expect(page.getByText(/验证码已发出/)).toBeVisible();
    const [sent] = await sql<{ code: string }>(
      `SELECT params->>'code' AS code FROM "SmsMessage" WHERE "toHash" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [mobileHash("13912345678")],
    );
    await page.getByLabel("短信验证码").fill(sent!.code);
    await page.getByLabel("密码", { exact: true }).fill("short");
    await page.getByLabel("再次输入密码").fill("short");
    await page.getByRole("button", { name: "注册并登录" }).click();
    await expect(page.getByText("密码至少8位")).toBeVisible();
    await expect(page.getByLabel("真实姓名")).toHaveValue(name);
    // The browser checks the password with the action's schema before any post (ADR 133): nothing
    // is sent, nothing typed is lost.
    await expect(page.getByLabel("密码", { exact: true })).toHaveValue("short");
    await page.getByLabel("密码", { exact: true }).fill(password);
    await page.getByLabel("再次输入密码").fill(password);
    await page.getByRole("button", { name: "注册并登录" }).click();
    await expect(page.getByRole("heading", { name: `您好，${name}` })).toBeVisible();
    await shot(page, "1-signed-up");
  });

  await test.step("选择批次和项目，逐步填写", async () => {
    await page.getByRole("link", { name: "我要报名" }).click();
    await page.getByLabel("考核批次").selectOption({ index: 0 });
    await page.getByLabel("考核项目").selectOption({ label: "3. 大数据采集" });
    await page.getByRole("button", { name: "开始填报" }).click();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "个人信息" })).toBeVisible();
    await page.getByLabel("最高学历（含今年毕业）").selectOption({ label: "本科" });
    await page.getByLabel("毕业（就读）学校").fill("西南交通大学");
    await page.getByLabel("通讯地址").fill("成都市金牛区二环路北一段111号");
    await page.getByRole("radio", { name: /高中以上学历/ }).check();
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "照片" })).toBeVisible();
    // Reload: the draft was saved on the server.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "照片" })).toBeVisible();
  });

  await test.step("上传照片与附件：大小不符的 PDF 被拒，超大的图片自动调整", async () => {
    // Issue 11: the separate consent to sensitive data comes before the first upload field.
    await page.getByLabel(/我单独同意处理上述敏感个人信息/).check();
    await page.getByRole("button", { name: "同意并继续上传" }).click();
    const photo = await upload(page, "考生照片", await jpeg(250), "使用原图");
    await expect(photo.getByText(/已上传：\d+ KB/)).toBeVisible();
    await page.getByRole("link", { name: "保存并继续" }).click();
    const form = await upload(page, "个人申报表", pdf(120));
    await expect(form.getByRole("alert")).toContainText("200");
    await upload(page, "个人申报表", pdf(250));
    await expect(form.getByText(/已上传/)).toBeVisible();
    // The original, not the browser's fit: the server fits it (as for an old browser) and asks.
    const big = await upload(
      page,
      "个人诚信承诺书",
      {
        name: "big.jpg",
        mimeType: "image/jpeg",
        buffer: Buffer.from(await makeJpeg({ targetBytes: sizeKb(800), width: 2000, height: 2600 })),
      },
      "使用原图",
    );
    await expect(big.getByText(/自动调整为/)).toBeVisible();
    await shot(page, "2-auto-fit");
    await big.getByRole("button", { name: "使用调整后的文件" }).click();
    await expect(big.getByText(/已上传/)).toBeVisible();
    for (const label of ["学历或学籍证明", "身份证正面（人像面）", "身份证反面（国徽面）"]) {
      const field = await upload(page, label, pdf(240));
      await expect(field.getByText(/已上传/)).toBeVisible();
    }
    await page.getByRole("link", { name: "保存并继续" }).click();
    await page.getByLabel("我已阅读并同意以上诚信承诺").check();
    await page.getByRole("button", { name: "保存并继续" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "核对提交" })).toBeVisible();
    await shot(page, "3-review");
    // The page runs (it came by client navigation): the button posts the submit route (ADR 053).
    const routeAnswer = page.waitForResponse((r) => r.url().endsWith("/submit") && r.request().method() === "POST");
    await page.getByRole("button", { name: "提交报名" }).click();
    expect((await routeAnswer).status()).toBe(200);
    // Submitted: the wizard gives way to the application's page with its review due date (四(一)3).
    await expect(page.getByRole("heading", { level: 1, name: "报名详情" })).toBeVisible();
    await expect(page.getByText("中心审核反馈期限：2025-05-22")).toBeVisible();
  });

  const [application] = await sql<{ id: string }>(
    `SELECT a.id FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" WHERE c."idNumberHash" = $1`,
    [idNumberHash(idNumber)],
  );
  const applicationId = application!.id;

  await test.step("审核期开始前被退回，当天即可修改；审核期将结束时重新提交（四(二)3，ADR 064）", async () => {
    await sql(`UPDATE "Application" SET status = 'RETURNED', "returnReasons" = $2 WHERE id = $1`, [
      applicationId,
      JSON.stringify({ PHOTO: "照片背景不是白色，请重新上传。" }),
    ]);
    await sql(
      `INSERT INTO "ApplicationEvent" (id, "applicationId", "fromStatus", "toStatus", note, at) VALUES (gen_random_uuid(), $1, 'SUBMITTED', 'RETURNED', '照片背景不是白色', '2025-05-08T03:00:00Z')`,
      [applicationId],
    );
    // Still 05-08: returned before the review window (05-13) opens, fixable at once.
    await page.goto(`/me/applications/${applicationId}`);
    await expect(page.getByText("照片背景不是白色，请重新上传。")).toBeVisible();
    await shot(page, "4-returned");
    await page.getByRole("link", { name: "按退回意见修改" }).click();
    await page.getByRole("link", { name: "3. 照片" }).click();
    await expect(page.getByText("照片背景不是白色，请重新上传。").first()).toBeVisible();
    const again = await upload(page, "考生照片", await jpeg(260), "使用原图");
    await expect(again.getByText("已上传：260 KB")).toBeVisible();
    // Resubmitted the day before review ends (05-23): the answer is due by 05-23, not 10
    // working days later in the payment window.
    clock.set("2025-05-22T09:00:00+08:00");
    // This time from a browser without JavaScript (same session): the form posts the server
    // action, whose redirect (303) brings the browser to the application page.
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await noScript.addCookies(await page.context().cookies());
    const plain = await noScript.newPage();
    await plain.goto(`/me/applications/${applicationId}/edit/review`);
    await plain.getByRole("button", { name: "提交修改" }).click();
    await expect(plain.getByRole("heading", { level: 1, name: "报名详情" })).toBeVisible();
    await expect(plain.getByText("待审核").first()).toBeVisible();
    await expect(plain.getByText(/中心审核反馈期限：2025-05-23/)).toBeVisible();
    await noScript.close();
  });

  await test.step("审核通过后在缴费期上传银行回单（五(二)）", async () => {
    await sql(`UPDATE "Application" SET status = 'APPROVED' WHERE id = $1`, [applicationId]);
    clock.set("2025-05-27T09:00:00+08:00");
    await page.goto(`/me/applications/${applicationId}`);
    await page.getByRole("link", { name: "缴纳考核费" }).click();
    await expect(page.getByText("150.00 元")).toBeVisible();
    await page.getByLabel("付款人名称").fill("周大伟");
    await expect(page.getByLabel("代缴说明")).toHaveValue(/该笔费用由周大伟代周杰缴纳/);
    await page.getByLabel("银行回单（缴费凭证）").setInputFiles(await jpeg(120));
    await shot(page, "5-payment");
    await page.getByRole("button", { name: "提交缴费凭证" }).click();
    await expect(page.getByText("缴费凭证已上传，等待中心确认收费。")).toBeVisible();
  });

  await test.step("确认收费后在打印准考证期下载准考证（六）", async () => {
    const ticketNumber = "25050300015";
    await sql(
      `UPDATE "Payment" SET status = 'CONFIRMED' WHERE "referenceCode" LIKE 'GR%' AND id IN (SELECT "paymentId" FROM "PaymentItem" WHERE "applicationId" = $1)`,
      [applicationId],
    );
    await sql(`UPDATE "Application" SET status = 'PAYMENT_CONFIRMED', "ticketNumber" = $2, seat = 15 WHERE id = $1`, [
      applicationId,
      ticketNumber,
    ]);
    await sql(`UPDATE "Plan" SET status = 'HELD' WHERE id = (SELECT "planId" FROM "Application" WHERE id = $1)`, [applicationId]);
    // 七: the officer has set the plan's session (the ticket names the time).
    await sql(
      `INSERT INTO "ExamSession" (id, "planId", "roomId", "startTime", "endTime", "updatedAt")
       SELECT gen_random_uuid(), a."planId", NULL, '09:00', '11:00', now() FROM "Application" a WHERE a.id = $1
       AND NOT EXISTS (SELECT 1 FROM "ExamSession" s WHERE s."planId" = a."planId" AND s."roomId" IS NULL)`,
      [applicationId],
    );
    clock.set("2025-06-10T09:00:00+08:00");
    await page.goto(`/me/applications/${applicationId}`);
    await expect(page.getByText("确认收费").first()).toBeVisible();
    await shot(page, "6-confirmed");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载准考证（PDF）" }).click();
    const file = await (await download).path();
    const text = execFileSync("pdftotext", [file, "-"]).toString("utf8");
    expect(text).toContain(name);
    expect(text.replace(/\s/g, "")).toContain(ticketNumber);
    expect(text).toContain("09:00—11:00");
    expect(text).not.toContain(idNumber);
    writeFileSync("test-results/candidate-ticket.pdf", execFileSync("cat", [file]));
  });

  await test.step("成绩公示后查看成绩（八）", async () => {
    await sql(`UPDATE "Application" SET score = 88 WHERE id = $1`, [applicationId]);
    await sql(`UPDATE "Plan" SET "noticePublishedAt" = now() WHERE id = (SELECT "planId" FROM "Application" WHERE id = $1)`, [
      applicationId,
    ]);
    clock.set("2025-06-24T09:00:00+08:00");
    await page.goto(`/me/applications/${applicationId}`);
    await expect(page.getByText("成绩：88（合格）")).toBeVisible();
    await shot(page, "7-result");
  });

  await test.step("在消息页填写接收通知的邮箱（同时发送到邮箱）", async () => {
    await page.getByRole("link", { name: "消息", exact: true }).click();
    const emailForm = page.getByRole("form", { name: "同时发送到邮箱" });
    await emailForm.getByLabel("电子邮箱").fill("zhoujie@qq");
    await emailForm.getByRole("button", { name: "保存邮箱" }).click();
    await expect(emailForm.getByText("请输入正确的邮箱地址，例如 name@example.com")).toBeVisible();
    await expect(emailForm.getByLabel("电子邮箱")).toHaveValue("zhoujie@qq");
    await emailForm.getByLabel("电子邮箱").fill("ZhouJie@Example.COM");
    await emailForm.getByRole("button", { name: "保存邮箱" }).click();
    await expect(emailForm.getByText("已保存：今后的新消息会同时发送到 ZhouJie@example.com。")).toBeVisible();
    const [user] = await sql<{ email: string | null }>(`SELECT email FROM "User" WHERE "loginHash" = $1`, [loginHash(idNumber)]);
    expect(user?.email).toBe("ZhouJie@example.com");
    await shot(page, "8-inbox-email");
  });
});
