import { idNumberHash } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { makePdf, sizeKb } from "@/tests/support/files";
import { createCandidate } from "./support/accounts";
import { sql } from "./support/database";
import { expect, test } from "./support/test";

// Issue 15, ADR 142: the candidate forms converted after no-js-candidate.spec.ts keep working
// without JavaScript. The form posts its (unbound) server action; the page answers with the
// action's errors and what was typed; the right values then do what the form is for.
const person = { name: "孙悦", idNumber: withCheckDigit("51010419920721338") };
const DEMO_CANDIDATE_ID_NUMBER = withCheckDigit("51010419900101123");

test.use({ javaScriptEnabled: false });

/** A copy of the demo candidate's approved application (batch 4: its payment window is open at E2E_NOW), approved. */
async function approvedApplication(candidateId: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Application"
     SELECT (jsonb_populate_record(NULL::"Application", to_jsonb(a) || jsonb_build_object(
       'id', gen_random_uuid(), 'candidateId', $1::uuid, 'status', 'APPROVED', 'ticketNumber', NULL,
       'certificateNumber', NULL, 'createdAt', now(), 'updatedAt', now()))).*
     FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId"
     WHERE c."idNumberHash" = $2 AND a.status IN ('APPROVED', 'PAYMENT_SUBMITTED')
     ORDER BY a.status = 'APPROVED' DESC LIMIT 1
     ON CONFLICT ("planId", "candidateId") DO UPDATE SET status = 'APPROVED'
     RETURNING id`,
    [candidateId, idNumberHash(DEMO_CANDIDATE_ID_NUMBER)],
  );
  return row!.id;
}

test("[考生] 不启用 JavaScript：缴费凭证和信息更正，错误显示且已填内容保留 @candidate", async ({ page, signIn }) => {
  const { userId, candidateId } = await createCandidate(person);
  const applicationId = await approvedApplication(candidateId);
  await signIn({ userId });

  await test.step("缴费：金额填错时提示且已填内容保留；改正后提交回单", async () => {
    await page.goto(`/me/applications/${applicationId}/pay`);
    await expect(page.getByLabel("付款人名称")).toHaveValue(person.name);
    await page.getByLabel("转账金额（元）").fill("一百五");
    await page.getByRole("button", { name: "提交缴费凭证" }).click();
    await expect(page.getByText("请填写转账金额，例如 150 或 150.00。")).toBeVisible();
    await expect(page.getByLabel("转账金额（元）")).toHaveValue("一百五");
    await expect(page.getByLabel("付款人名称")).toHaveValue(person.name);
    await page.getByLabel("转账金额（元）").fill("150");
    await page.getByLabel("银行回单（缴费凭证）").setInputFiles({
      name: "回单.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(makePdf(sizeKb(120))),
    });
    await page.getByRole("button", { name: "提交缴费凭证" }).click();
    await expect(page.getByText("缴费凭证已上传，等待中心确认收费。")).toBeVisible();
    const [status] = await sql<{ status: string }>(`SELECT status FROM "Application" WHERE id = $1`, [applicationId]);
    expect(status!.status).toBe("PAYMENT_SUBMITTED");
  });

  await test.step("信息更正：手机号码格式不对时提示且已填内容保留；改正后提交", async () => {
    await page.goto("/me/data");
    await page.getByLabel("要更正的信息").selectOption({ label: "手机号码" });
    await page.getByLabel("正确的内容").fill("1391234");
    await page.getByLabel("更正原因").fill("换了号码");
    await page.getByRole("button", { name: "提交更正申请" }).click();
    await expect(page.getByText("手机号码须为 11 位、以 1 开头的号码。")).toBeVisible();
    await expect(page.getByLabel("要更正的信息")).toHaveValue("MOBILE");
    await expect(page.getByLabel("正确的内容")).toHaveValue("1391234");
    await expect(page.getByLabel("更正原因")).toHaveValue("换了号码");
    await page.getByLabel("正确的内容").fill("13912340721");
    await page.getByRole("button", { name: "提交更正申请" }).click();
    await expect(page.getByText("已提交更正申请，审核结果会在消息中心告知您。")).toBeVisible();
    const requests = await sql<{ field: string }>(`SELECT field FROM "CorrectionRequest" WHERE "candidateId" = $1`, [
      candidateId,
    ]);
    expect(requests).toEqual([{ field: "MOBILE" }]);
  });

  await test.step("注销账号：未勾选确认时提示，账号仍在", async () => {
    await page.goto("/me/data");
    await page.getByRole("button", { name: "注销账号" }).click();
    await expect(page.getByText("请输入当前密码以确认是本人操作。")).toBeVisible();
    await expect(page.getByText("请勾选确认后再注销。")).toBeVisible();
  });
});
