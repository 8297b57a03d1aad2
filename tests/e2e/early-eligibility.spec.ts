import { idNumberHash } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { createCandidate } from "./support/accounts";
import { sql } from "./support/database";
import { expect, test } from "./support/test";

// Issue 16 item 5: a candidate too young learns it at the condition step, the wizard's first,
// not at 提交 after seven uploads. 13 on the e2e clock's day (2025-05-08).
const idNumber = withCheckDigit("51010420120224318");
const name = "小报名";

test("[考生] 未满16周岁在选择申报条件时就被告知原因 @candidate", async ({ page, signIn }) => {
  test.setTimeout(120_000);
  const { userId } = await createCandidate({ idNumber, name });

  await signIn({ userId });
  await page.goto("/me");
  await expect(page.getByRole("heading", { name: `您好，${name}` })).toBeVisible();
  await page.getByRole("link", { name: "我要报名" }).click();
  await page.getByLabel("考核批次").selectOption({ index: 0 });
  await page.getByLabel("考核项目").selectOption({ label: "3. 大数据采集" });
  await page.getByRole("button", { name: "开始填报" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "申报条件" })).toBeVisible();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "保存并继续" }).click();

  // Still the condition step: the rule's own reason, no way on to the personal step.
  await expect(page.getByText("根据您的身份证号和已填信息，不符合所选申报条件：")).toBeVisible();
  await expect(page.getByText(/13周岁，未满16周岁，未达到法定劳动年龄/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "申报条件" })).toBeVisible();
  await expect(page).toHaveURL(/\/edit\/condition$/);
  const [draft] = await sql<{ conditionId: string | null; draftStep: number }>(
    `SELECT a."conditionId", a."draftStep" FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" WHERE c."idNumberHash" = $1`,
    [idNumberHash(idNumber)],
  );
  expect(draft).toEqual({ conditionId: null, draftStep: 0 });
});
