import { expect, test } from "./support/test";

// Issue 15: a page that does not exist answers 404 in the page's language, inside the portal's
// layout (its header and the way home), not Next's bare English page.

test.describe("[公众] page not found @public", () => {
  test("[公众] 不存在的页面：404，中文说明和返回首页", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    await expect(page.getByText("您要找的页面不存在或已移动")).toBeVisible();
    await page.getByRole("link", { name: "返回首页" }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test("[public] an unknown English page: 404 in English, home in English", async ({ page }) => {
    const response = await page.goto("/en/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await page.getByRole("link", { name: "Back to the home page" }).click();
    await expect(page).toHaveURL(/\/en$/);
  });
});
