import { creditCodeCheckChar } from "@/lib/domain/credit-code";
import { makePdf, sizeKb } from "@/tests/support/files";
import { expect, test } from "./support/test";

// 四(一)1 (issue 13 item 8): an organisation applies on the public form, the administrator
// approves it, the account's temporary password is shown once, the public list shows it.
const ORGANIZATION = "成都锦城职业技能培训学校";
const CODE17 = "52510100MJ0012345"; // check character X; "…0" is the typo the form refuses
const CREDIT_CODE = CODE17 + creditCodeCheckChar(CODE17)!;

test("[公众] 单位申请成为报名机构，管理员审核通过后机构名单更新 @institution", async ({ page, signIn }) => {
  test.setTimeout(120_000);
  let reference = "";
  await test.step("公开申请表：信用代码校验、项目、资质材料", async () => {
    await page.goto("/institutions");
    await page.getByRole("link", { name: "申请成为报名机构" }).click();
    const form = page.getByRole("form", { name: "报名机构申请表" });
    await form.getByLabel("单位名称（与营业执照或登记证书一致）").fill(ORGANIZATION);
    await form.getByLabel("统一社会信用代码（18位）").fill(CODE17 + "0");
    await form.getByLabel("单位类型").selectOption("SCHOOL");
    await form.getByLabel("单位地址").fill("成都市青羊区东二巷20号");
    await form.getByLabel("联系人姓名").fill("王𠮷");
    await form.getByLabel("联系人手机号码").fill("13812345670");
    await form.getByLabel("3. 大数据采集").check();
    await form.getByLabel("4. 大数据清洗").check();
    const scan = { name: "办学许可证.pdf", mimeType: "application/pdf", buffer: Buffer.from(makePdf(sizeKb(200))) };
    await form.getByLabel(/资质材料扫描件/).setInputFiles(scan);
    await form.getByRole("button", { name: "提交申请" }).click();
    await expect(page.getByText(/统一社会信用代码不正确/)).toBeVisible();
    await form.getByLabel("统一社会信用代码（18位）").fill(CREDIT_CODE);
    await form.getByLabel("3. 大数据采集").check();
    await form.getByLabel("4. 大数据清洗").check();
    await form.getByLabel(/资质材料扫描件/).setInputFiles(scan);
    await form.getByRole("button", { name: "提交申请" }).click();
    const done = page.getByText(/申请已提交，申请编号 SQ[2-9A-Z]{8}/);
    await expect(done).toBeVisible();
    reference = /SQ[2-9A-Z]{8}/.exec((await done.textContent()) ?? "")?.[0] ?? "";
    expect(reference).not.toBe("");
  });

  await test.step("管理员审核通过：创建机构和首个账号，临时密码只显示一次", async () => {
    await signIn("officer");
    await page.goto("/staff/admin/institution-applications");
    // This spec's application, whatever others are listed.
    const card = page.getByRole("region", { name: ORGANIZATION });
    await expect(card.getByText(reference)).toBeVisible();
    await card.getByRole("button", { name: "通过并创建机构账号" }).click();
    await expect(page.getByText(new RegExp(`机构账号：jg-${reference.toLowerCase()}，临时密码：[A-Za-z0-9]{12}`))).toBeVisible();
  });

  await test.step("公开的报名机构名单显示新机构", async () => {
    await page.goto("/institutions");
    await expect(page.getByRole("heading", { name: ORGANIZATION })).toBeVisible();
  });
});
