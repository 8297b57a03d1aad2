import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { idNumberHashes } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { sql } from "./support/database";
import { expect, test } from "./support/test";

// Issue 15: the institution's forms keep working without JavaScript (ADR 133, 138): the server
// action is still the form's action and a filter is still a GET form, so a post renders the page
// again with the action's errors and the values typed. With JavaScript, the same schema says a
// wrong field as soon as it is left, before anything is posted. Each test registers its own
// candidate (batch 5 of 2025, 大数据采集) through the roster, with JavaScript, in a second browser.
const REST = "13912345678|大数据采集||本科|四川大学|软件工程|2015|否|||成都市高新区天府大道中段1号|1-高中以上学历".split("|");
const NO_JS = { name: "韩静怡", idNumber: withCheckDigit("51010619930815231") };
const WITH_JS = { name: "柏文涛", idNumber: withCheckDigit("51010619930815258") };
const MOBILE_RULE = "手机号码须为 11 位、以 1 开头的号码。";
// ADR 148: the roster's submit and the batch receipt, forms inside their parent form's answer.
const ROSTER_NO_JS = { name: "甘雨桐", idNumber: withCheckDigit("51010619930815266") };
const PAYS_NO_JS = { name: "蒲思源", idNumber: withCheckDigit("51010619930815274") };
const PLEDGE = /本机构已对以上考生的报名资格进行初审/;

/** On the roster page: the template filled with `rows` (name, ID number, the rest valid unless given), uploaded and checked. */
async function uploadRoster(page: Page, rows: string[][]): Promise<void> {
  await page.goto("/institution/roster");
  const event = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载花名册模板（xlsx）" }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await event).path());
  rows.forEach((row, i) => (book.getWorksheet("花名册")!.getRow(i + 2).values = row));
  const mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await page
    .getByLabel("填好的花名册（xlsx 或 CSV）")
    .setInputFiles({ name: "花名册.xlsx", mimeType, buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await page.getByRole("button", { name: "上传并检查" }).click();
}

/** The person as one row of the roster, submitted with the 初审 pledge; their application's id. */
async function registerByRoster(page: Page, person: { name: string; idNumber: string }): Promise<string> {
  await uploadRoster(page, [[person.name, person.idNumber, ...REST]]);
  await expect(page.getByText("共 1 行：1 行可以提交，0 行有问题。")).toBeVisible();
  await page.getByLabel(/本机构已对以上考生的报名资格进行初审/).check();
  await page.getByRole("button", { name: "提交 1 名考生" }).click();
  await expect(page.getByText(/已保存 1 名考生/)).toBeVisible();
  const [row] = await sql<{ id: string }>(
    `SELECT a.id FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" WHERE c."idNumberHash" = ANY($1)`,
    [idNumberHashes([person.idNumber])],
  );
  expect(row).toBeDefined();
  return row!.id;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("[机构] 不启用 JavaScript：筛选考生、更正手机号码，错误显示且已填内容保留 @institution", async ({
    page,
    browser,
    baseURL,
    signIn,
  }) => {
    test.setTimeout(120_000);
    const helper = await (await browser.newContext({ baseURL, javaScriptEnabled: true })).newPage();
    await signIn("institution", helper);
    await registerByRoster(helper, NO_JS);
    await helper.context().close();

    await signIn("institution");
    await test.step("按完整身份证号码筛选（GET 表单）并打开考生", async () => {
      await page.goto("/institution/candidates");
      await page.getByLabel("按姓名或完整身份证号码查找").fill(NO_JS.idNumber);
      await page.getByRole("button", { name: "筛选" }).click();
      await expect(page).toHaveURL(new RegExp(`q=${NO_JS.idNumber}`));
      await expect(page.getByLabel("按姓名或完整身份证号码查找")).toHaveValue(NO_JS.idNumber);
      await page.getByRole("link", { name: NO_JS.name }).click();
    });

    const identity = page.getByRole("region", { name: "更正姓名和手机号码" });
    await test.step("错误的手机号码：服务器的中文提示，已填内容保留", async () => {
      await identity.getByLabel("手机号码").fill("1370000");
      await identity.getByRole("button", { name: "保存更正" }).click();
      await expect(identity.getByText(MOBILE_RULE)).toBeVisible();
      await expect(identity.getByLabel("手机号码")).toHaveValue("1370000");
      await expect(identity.getByLabel("姓名")).toHaveValue(NO_JS.name);
    });

    await test.step("正确的手机号码：保存，重新打开页面仍是新号码", async () => {
      await identity.getByLabel("手机号码").fill("13700004321");
      await identity.getByRole("button", { name: "保存更正" }).click();
      await expect(identity.getByText("已保存。")).toBeVisible();
      await page.reload();
      await expect(identity.getByLabel("手机号码")).toHaveValue("13700004321");
    });

    await test.step("只有按钮的表单（隐藏的报名编号）：查看完整身份证号码", async () => {
      await expect(page.getByText(NO_JS.idNumber)).toHaveCount(0);
      await page.getByRole("button", { name: "查看完整身份证号码" }).click();
      await expect(page.getByText(NO_JS.idNumber)).toBeVisible();
    });
  });
});

test.describe("without JavaScript, forms inside another form's answer (ADR 148)", () => {
  test.use({ javaScriptEnabled: false });

  test("[机构] 不启用 JavaScript：花名册未勾选承诺被拒时预览和错误仍在，勾选后提交成功 @institution", async ({
    page,
    signIn,
  }) => {
    test.setTimeout(120_000);
    await signIn("institution");
    const badMobile = [...REST];
    badMobile[0] = "1370000";
    await uploadRoster(page, [
      [ROSTER_NO_JS.name, ROSTER_NO_JS.idNumber, ...REST],
      ["甘错行", withCheckDigit("51010619930815282"), ...badMobile],
    ]);
    const summary = page.getByText("共 2 行：1 行可以提交，1 行有问题。");
    await expect(summary).toBeVisible();

    await test.step("未勾选承诺：服务器拒绝，预览、有问题的行和提交表单仍在", async () => {
      await page.getByRole("button", { name: "提交 1 名考生" }).click();
      await expect(page.getByText("请勾选初审和考生同意的承诺后再提交。")).toBeVisible();
      await expect(summary).toBeVisible();
      await expect(page.getByRole("cell", { name: "甘错行" })).toBeVisible();
      await expect(page.getByLabel(PLEDGE)).not.toBeChecked();
      await expect(page.getByRole("link", { name: "下载有问题的 1 行（xlsx）" })).toBeVisible();
    });

    await test.step("勾选承诺后提交：已保存的提示", async () => {
      await page.getByLabel(PLEDGE).check();
      await page.getByRole("button", { name: "提交 1 名考生" }).click();
      await expect(page.getByText("已保存 1 名考生，另有 1 行未提交。请上传他们的附件材料。")).toBeVisible();
      await expect(page.getByRole("link", { name: "下载有问题的 1 行（xlsx）" })).toBeVisible();
      const [row] = await sql<{ status: string }>(
        `SELECT a.status FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" WHERE c."idNumberHash" = ANY($1)`,
        [idNumberHashes([ROSTER_NO_JS.idNumber])],
      );
      expect(row).toEqual({ status: "DRAFT" });
    });
  });

  test("[机构] 不启用 JavaScript：整批缴费回单被拒时通知、错误和已填内容仍在，改正后提交成功 @institution", async ({
    page,
    browser,
    baseURL,
    signIn,
    clock,
  }) => {
    test.setTimeout(120_000);
    const helper = await (await browser.newContext({ baseURL, javaScriptEnabled: true })).newPage();
    await signIn("institution", helper);
    const applicationId = await registerByRoster(helper, PAYS_NO_JS);
    await helper.context().close();
    await sql(`UPDATE "Application" SET status = 'APPROVED' WHERE id = $1`, [applicationId]);
    // Batch 5's payment window (三): 5/26–5/28.
    clock.set("2025-05-27T09:00:00+08:00");

    await signIn("institution");
    await page.goto("/institution/payments");
    // Only this test's candidate: whatever else the institution has approved stays out of the notice.
    for (const box of await page.getByRole("checkbox").all()) if (await box.isEnabled()) await box.setChecked(false);
    await page.getByRole("checkbox", { name: new RegExp(PAYS_NO_JS.name) }).check();
    await page.getByRole("button", { name: "生成整批缴费通知" }).click();
    const notice = page.getByRole("region", { name: /整批缴费通知/ });
    await expect(notice.getByRole("cell", { name: "大数据采集" })).toBeVisible();
    const code = (await notice.getByText(/^JG[2-9A-HJ-NP-Z]{8}$/).textContent())!;
    const receipt = {
      name: "回单.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.from(await makeJpeg({ targetBytes: sizeKb(150) })),
    };

    await test.step("人数与通知不符：服务器拒绝，通知、字段错误和已填内容仍在", async () => {
      await page.getByLabel("付款人名称（付款账户户名）").fill("蒲氏培训学校");
      await page.getByLabel("人数（回单备注）").fill("2");
      await page.getByLabel("银行回单（缴费凭证）").setInputFiles(receipt);
      await page.getByRole("button", { name: "提交缴费凭证并标注已缴费" }).click();
      await expect(page.getByText("人数须与缴费通知中的人数一致。")).toBeVisible();
      await expect(notice.getByText(code, { exact: true })).toBeVisible();
      await expect(page.getByLabel("人数（回单备注）")).toHaveValue("2");
      await expect(page.getByLabel("付款人名称（付款账户户名）")).toHaveValue("蒲氏培训学校");
      const [row] = await sql<{ status: string }>(`SELECT status FROM "Application" WHERE id = $1`, [applicationId]);
      expect(row).toEqual({ status: "APPROVED" });
    });

    await test.step("改正人数后提交：已提交的提示", async () => {
      await page.getByLabel("人数（回单备注）").fill("1");
      await page.getByLabel("银行回单（缴费凭证）").setInputFiles(receipt);
      await page.getByRole("button", { name: "提交缴费凭证并标注已缴费" }).click();
      await expect(page.getByText(`缴费凭证已提交（备注码 ${code}，1 人，1 个项目），等待省职鉴中心确认收费。`)).toBeVisible();
      const [row] = await sql<{ status: string }>(`SELECT status FROM "Application" WHERE id = $1`, [applicationId]);
      expect(row).toEqual({ status: "PAYMENT_SUBMITTED" });
    });
  });
});

test("[机构] 离开手机号码输入框即提示错误，不向服务器提交；提交时焦点回到该输入框 @institution", async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn("institution");
  const applicationId = await registerByRoster(page, WITH_JS);
  await page.goto(`/institution/candidates/${applicationId}`);
  const identity = page.getByRole("region", { name: "更正姓名和手机号码" });
  const mobile = identity.getByLabel("手机号码");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await mobile.fill("1370000");
  await expect(identity.getByText(MOBILE_RULE)).toHaveCount(0);
  await mobile.blur();
  await expect(identity.getByText(MOBILE_RULE)).toBeVisible();
  await identity.getByLabel("姓名").focus();
  await identity.getByRole("button", { name: "保存更正" }).click();
  await expect(mobile).toBeFocused();
  expect(posts).toEqual([]);
  await mobile.fill("13700008765");
  await expect(identity.getByText(MOBILE_RULE)).toHaveCount(0);
  await identity.getByRole("button", { name: "保存更正" }).click();
  await expect(identity.getByText("已保存。")).toBeVisible();
});
