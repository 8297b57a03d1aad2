import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

// Issue 16 on a phone (Pixel 7, 412 px): a newcomer finds the service guide from home, downloads a
// blank form, and reaches the results notice and the certificate check from the header's menu.

/** The page is no wider than the screen: nothing in the header scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client, headerRight } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
    headerRight: Math.max(...[...document.querySelectorAll("header *")].map((el) => el.getBoundingClientRect().right)),
  }));
  expect(scroll).toBeLessThanOrEqual(client);
  expect(headerRight).toBeLessThanOrEqual(client);
}

test.describe("[考生] 办事指南 on a phone @candidate", () => {
  test("[考生] 首页找到办事指南，下载表格，菜单里找到成绩公示和证书核验", async ({ page }) => {
    await page.goto("/");
    expect(page.viewportSize()?.width).toBe(412);
    await expectNoSidewaysScroll(page);

    await page.getByRole("main").getByRole("link", { name: "办事指南" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("办事指南");
    // The dates are the calendar's (batch 5 of 2025), the fees and the five education cases are listed.
    await expect(page.getByRole("heading", { name: "2025年各批次日期" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "2025年第5批" })).toContainText("2025-05-06 至 2025-05-13");
    await expect(page.getByText(/各项目考核费为 \d+\.\d\d 至 \d+\.\d\d 元\/人/)).toBeVisible();
    await expect(page.getByText("200KB 至 300KB", { exact: false }).first()).toBeVisible();
    await expect(page.getByText("028-86156861", { exact: false }).first()).toBeVisible();
    await expectNoSidewaysScroll(page);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "四川省专项职业能力考核个人申报表（PDF）" }).click();
    expect((await download).suggestedFilename()).toBe("四川省专项职业能力考核个人申报表.pdf");

    // The header's menu (a <details>, no script needed) shows every destination.
    const menu = page.getByRole("banner").getByText("菜单");
    await menu.click();
    const nav = page.getByRole("banner").getByRole("navigation", { name: "主导航" });
    for (const name of [
      "首页",
      "办事指南",
      "考核日程",
      "考核项目",
      "报名机构",
      "报名条件自测",
      "准考证下载",
      "成绩公示",
      "证书核验",
    ])
      await expect(nav.getByRole("link", { name, exact: true })).toBeInViewport();
    await expectNoSidewaysScroll(page);
    await nav.getByRole("link", { name: "成绩公示" }).click();
    await expect(page).toHaveURL(/\/notice$/);
    await expect(nav).toBeHidden(); // the menu closes once the page changes
    await expectNoSidewaysScroll(page);

    await page.getByRole("banner").getByText("菜单").click();
    await page.getByRole("banner").getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "证书核验" }).click();
    await expect(page).toHaveURL(/\/verify\/certificate$/);
    await expect(page.getByText("本平台", { exact: false }).first()).toBeVisible();
  });

  test("[candidate] the guide in English shows no Chinese outside quoted names", async ({ page }) => {
    await page.goto("/en/guide");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service guide");
    await expect(page.getByRole("heading", { name: "Batch dates in 2025" })).toBeVisible();
    await expectNoSidewaysScroll(page);
    // Project names are English on /en; the only Han text left is none in the guide's own body.
    const han = await page.getByRole("main").evaluate((main) => (main.textContent ?? "").match(/\p{Script=Han}+/gu) ?? []);
    expect(han).toEqual([]);
    await page.getByRole("banner").getByText("Menu").click();
    await expect(page.getByRole("banner").getByRole("link", { name: "Results notice" })).toBeInViewport();
    await expect(page.getByRole("banner").getByRole("link", { name: "Certificate check" })).toBeInViewport();
  });
});

test.describe("[考生] header menu without JavaScript @candidate", () => {
  test.use({ javaScriptEnabled: false });

  test("[考生] 不运行脚本时菜单也能打开并列出成绩公示和证书核验", async ({ page }) => {
    await page.goto("/guide");
    await expectNoSidewaysScroll(page);
    await page.getByRole("banner").getByText("菜单").click();
    const nav = page.getByRole("banner").getByRole("navigation", { name: "主导航" });
    await expect(nav.getByRole("link", { name: "成绩公示" })).toBeInViewport();
    await nav.getByRole("link", { name: "证书核验" }).click();
    await expect(page).toHaveURL(/\/verify\/certificate$/);
  });
});
