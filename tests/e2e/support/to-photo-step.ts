import { type Page, expect } from "@playwright/test";

/**
 * From the signed-in candidate's 个人中心 to the first upload step (照片) of a new application to
 * 3. 大数据采集, through the UI: the batch, the project, the first condition, and the personal
 * step with a 本科 degree. Stops on the 照片 heading, before the separate consent (ADR 068), which
 * the specs check in their own ways.
 */
export async function applyUpToPhotoStep(page: Page, person: { school: string; address: string }) {
  await page.getByRole("link", { name: "我要报名" }).click();
  await page.getByLabel("考核批次").selectOption({ index: 0 });
  await page.getByLabel("考核项目").selectOption({ label: "3. 大数据采集" });
  await page.getByRole("button", { name: "开始填报" }).click();
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "保存并继续" }).click();
  await page.getByLabel("最高学历（含今年毕业）").selectOption({ label: "本科" });
  await page.getByLabel("毕业（就读）学校").fill(person.school);
  await page.getByLabel("通讯地址").fill(person.address);
  await page.getByRole("radio", { name: /高中以上学历/ }).check();
  await page.getByRole("button", { name: "保存并继续" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "照片" })).toBeVisible();
}
