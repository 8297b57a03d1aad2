import { INSTITUTIONS } from "@/lib/domain/catalog/institutions";
import { docShot } from "./support/doc-shot";
import { expect, test } from "./support/test";

// The public pages of the foundation issue, in both languages, with screenshots for the README.

test.describe("[公众] public pages @public", () => {
  test("[公众] 首页显示当前开放的报名与缴费批次和演示时钟", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("21个专项职业能力考核项目");
    await expect(page.getByRole("status").filter({ hasText: "演示时钟" })).toContainText("2025/05/08 10:00");
    // 2025-05-08: batch 5 registration (5/6–5/13) and batch 4 payment (5/7–5/9) are open (三).
    await expect(page.getByLabel("报名", { exact: true })).toContainText("2025年第5批：2025-05-06 至 2025-05-13");
    await expect(page.getByLabel("缴费", { exact: true })).toContainText("2025年第4批：2025-05-07 至 2025-05-09");
    await expect(page.getByLabel("打印准考证", { exact: true })).toContainText("当前没有开放");
    await docShot(page, "home-zh");
  });

  test("[public] home in English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("unified assessment of 21");
    await expect(page.getByLabel("Registration", { exact: true })).toContainText("2025 batch 5");
    await docShot(page, "home-en");
  });

  test("[公众] 考核日程列出11个批次及派生日期，并标出今日阶段", async ({ page }) => {
    await page.goto("/calendar?year=2025");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2025年度考核日程");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) })).toHaveCount(11);
    const first = page.getByLabel("2025年第1批");
    await expect(first).toContainText("2025-01-02 — 2025-01-09");
    await expect(first).toContainText("2025-02-22");
    await expect(first).toContainText("2025-02-20"); // 六: 2 working days before the exam
    await expect(page.getByLabel("2025年第5批")).toContainText("今日所处阶段：报名");
    await docShot(page, "calendar-zh");
    await page.goto("/en/calendar?year=2025");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2025 assessment calendar");
    await docShot(page, "calendar-en");
  });

  test("[公众] 考核项目列出21个项目及申报条件", async ({ page }) => {
    await page.goto("/projects");
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(21);
    await expect(page.getByRole("heading", { name: "19. 心理健康指导" })).toBeVisible();
    await docShot(page, "projects-zh");
    await page.goto("/en/projects");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projects and conditions");
    await docShot(page, "projects-en");
  });

  test("[公众] 报名机构列出15家机构及可报名项目", async ({ page }) => {
    await page.goto("/institutions");
    // 附件2's 15, each by name (an institution approved in another journey may follow them).
    for (const { name } of INSTITUTIONS) await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    await expect(page.getByLabel("四川联合环境交易所")).toContainText("碳排放核算");
    await docShot(page, "institutions-zh");
    await page.goto("/en/institutions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partner institutions and contacts");
    await docShot(page, "institutions-en");
  });

  test("[公众] 报名条件自测：校验位错误给出中文提示，合格时显示结果", async ({ page }) => {
    await page.goto("/eligibility");
    await page.getByLabel("考核项目").selectOption({ label: "6. 大数据应用开发" });
    await page.getByLabel("身份证号码").fill("510104199001011231");
    await page.getByRole("button", { name: "查看结果" }).click();
    await expect(page.getByText("身份证号码校验位不正确")).toBeVisible();
    await expect(page.getByLabel("身份证号码")).toHaveValue("510104199001011231");

    await page.getByLabel("身份证号码").fill("");
    await page.getByLabel("出生日期").fill("2000-01-31");
    await page.getByLabel("最高学历（含今年毕业）").selectOption({ label: "高中/中专/技校/技师学院" });
    await page.getByRole("button", { name: "查看结果" }).click();
    await expect(page.getByRole("heading", { name: /自测结果/ })).toBeVisible();
    await expect(page.getByText("不符合条件", { exact: true })).toBeVisible();

    await page.getByLabel("最高学历（含今年毕业）").selectOption({ label: "本科" });
    await page.getByRole("button", { name: "查看结果" }).click();
    await expect(page.getByText("符合条件", { exact: true })).toBeVisible();
    await docShot(page, "eligibility-zh");
  });

  test("[public] eligibility self-check in English", async ({ page }) => {
    await page.goto("/en/eligibility");
    await page.getByLabel("Birth date").fill("1990-05-01");
    await page.getByLabel("Highest education (including this year's)").selectOption({ label: "Bachelor" });
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByText("Eligible", { exact: true })).toBeVisible();
    await docShot(page, "eligibility-en");
  });
});

test.describe("[公众] ticket lookup and blank forms @public", () => {
  test("[公众] 准考证下载：身份证号或姓名错误时给出同一提示", async ({ page }) => {
    await page.goto("/ticket");
    await page.getByLabel("身份证号码").fill("510104199001011230");
    await page.getByLabel("姓名").fill("不是本人");
    await page.getByRole("button", { name: "查询并下载" }).click();
    // Scoped to main: once hydrated, Next's route announcer is a second role="alert" on the page.
    await expect(page.getByRole("main").getByRole("alert")).toContainText("未找到可下载的准考证");
    await expect(page).toHaveURL(/\/ticket\?error=lookupFailed$/);
    await docShot(page, "ticket-lookup-zh");
    await page.goto("/en/ticket");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Admission ticket");
    await docShot(page, "ticket-lookup-en");
  });

  test("[公众] 空白申报表和承诺书可下载", async ({ request }) => {
    for (const name of ["application-form.pdf", "honesty-pledge.pdf"]) {
      const response = await request.get(`/forms/${name}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
      expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });
});
