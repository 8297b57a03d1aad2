import type { Page } from "@playwright/test";
import { totpCode } from "@/lib/server/auth/totp";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { saveNewBatch } from "./support/new-batch";
import { ensureStaffDemo } from "./support/staff-login";
import { docShot } from "./support/doc-shot";
import { expect, test } from "./support/test";

// 四 资格审核 at the demo moment 2025-05-08: batch 5's submissions can be decided until its
// review window ends on 5/23 (三). The four applications are prisma/seed/demo-staff.ts's.
const shot = (page: Page, name: string) => docShot(page, `staff-${name}`);

test.describe.configure({ mode: "serial" });
test.beforeAll(ensureStaffDemo);

async function openFromQueue(page: Page, name: string) {
  await page.goto("/staff/review");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
}

test("[审核员] 退回修改“至少填写一项意见”：填写任一项意见后提示立即消失 @staff", async ({ page, signIn }) => {
  // ADR 149: the rule's error sits under the first field; typing in another one clears it at once.
  await signIn("reviewer");
  await openFromQueue(page, "唐婉");
  await page.locator("summary", { hasText: "退回修改" }).click();
  await page.getByRole("button", { name: "确认退回修改" }).click();
  const rule = page.getByText("退回修改须至少填写一项意见。");
  await expect(rule).toBeVisible();
  await page.getByLabel("考生照片的退回意见").pressSequentially("照片");
  await expect(rule).toBeHidden();
  await expect(page.getByLabel("考生照片的退回意见")).toBeFocused();
});

test("[审核员] 按期限处理审核队列：通过、退回修改（常用理由）、不通过、批量通过 @staff", async ({ page, browser, signIn }) => {
  // Seven steps through two browsers: as long a journey as the institution's, and the same budget.
  test.setTimeout(300_000);
  await signIn("reviewer");
  await page.goto("/staff/review");

  await test.step("队列按反馈期限排序，显示剩余工作日", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "资格审核" })).toBeVisible();
    for (const name of ["何平", "许晴", "邓超", "唐婉"])
      await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
    await expect(page.getByText("剩1个工作日").first()).toBeVisible();
    await expect(page.getByText("需人工判断证明材料").first()).toBeVisible();
    await shot(page, "review-queue");
    await page.getByLabel("考核项目").selectOption({ label: "19. 心理健康指导" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/project=19/);
    await expect(page.getByRole("link", { name: "邓超", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "许晴", exact: true })).toHaveCount(0);
  });

  await test.step("[键盘] j 选中、Enter 打开；附件在页面中显示而下载头不变；a 再 Enter 通过；后到的同事看到“已由…处理”", async () => {
    await page.goto("/staff/review?channel=INDIVIDUAL");
    // A key pressed before the queue's client code has hydrated does nothing: wait until it listens.
    await expect(page.locator("html")).toHaveAttribute("data-shortcuts", "on");
    await page.keyboard.press("?");
    await expect(page.getByRole("row", { name: /选中下一行/ })).toBeVisible();
    await page.keyboard.press("?");
    await expect(page.getByRole("row", { name: /选中下一行/ })).toBeHidden();
    // The queue's order among equal due dates is the ids' order: walk down to 何平.
    const hePing = page.getByRole("link", { name: "何平", exact: true });
    for (let i = 0; i < 30 && !(await hePing.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press("j");
    await expect(hePing).toBeFocused();
    await expect(page.getByRole("row", { name: /何平/ })).toHaveAttribute("data-selected", "");
    await shot(page, "review-queue-keyboard");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("何平");
    await expect(page).toHaveURL(/\/staff\/review\/[0-9a-f-]{36}\?channel=INDIVIDUAL$/);

    const photo = page.getByRole("img", { name: "考生照片" });
    await expect(photo).toBeVisible();
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // On the wire every file is a download with the route's own strict headers (issue 6) …
    const served = await page.request.get((await photo.getAttribute("src"))!);
    expect(served.headers()["content-security-policy"]).toMatch(/^default-src 'none'/);
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["content-disposition"]).toMatch(/^attachment;/);
    // … and the page shows the PDF from a blob: URL, which only the staff pages' CSP lets it frame.
    const refused: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|violates/i.test(m.text())) refused.push(m.text());
    });
    const pdf = page.locator('iframe[title="个人申报表"]');
    await pdf.scrollIntoViewIfNeeded();
    await expect(pdf).toHaveAttribute("src", /^blob:/);
    await expect.poll(async () => (await (await pdf.elementHandle())?.contentFrame())?.url() ?? "").toMatch(/^blob:/);
    expect(refused).toEqual([]);
    await expect(page.getByText("系统核验结果（附件1）")).toBeVisible();
    await shot(page, "review-application");
    await page.getByRole("button", { name: "放大" }).click();
    await expect(page.getByRole("button", { name: "适合宽度" })).toHaveAttribute("aria-pressed", "true");
    await expect(photo).toHaveClass(/max-w-none/);
    await page.getByRole("button", { name: "适合宽度" }).click();

    const other = await (await browser.newContext()).newPage();
    await signIn("reviewer", other);
    await other.goto(page.url().replace(/^https?:\/\/[^/]+/, ""));
    await page.keyboard.press("a");
    await expect(page.getByRole("button", { name: "审核通过" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText("已审核通过，已通知考生。")).toBeVisible();
    await other.locator("summary", { hasText: "退回修改" }).click();
    await other.getByLabel("其他的退回意见").fill("请补充材料");
    await other.getByRole("button", { name: "确认退回修改" }).click();
    await expect(other.getByText(/该报名已由审核员 李娜于.*处理，当前状态为“审核通过，待缴费”/)).toBeVisible();
    await docShot(other, "staff-review-conflict");
    await other.context().close();
  });

  await test.step("[键盘] n 下一份（保留筛选），r 转到退回意见，输入时快捷键不起作用，Esc 返回队列", async () => {
    const approved = page.url();
    await page.keyboard.press("n");
    await expect(page).not.toHaveURL(approved);
    await expect(page).toHaveURL(/\/staff\/review\/[0-9a-f-]{36}\?channel=INDIVIDUAL$/);
    await expect(page.getByRole("heading", { level: 1 })).not.toContainText("何平");
    const next = page.url();
    await page.keyboard.press("r");
    const reason = page.getByLabel("申报条件的退回意见");
    await expect(reason).toBeFocused();
    await page.keyboard.type("n p a");
    await expect(reason).toHaveValue("n p a");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(next);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(/\/staff\/review\?channel=INDIVIDUAL$/);
    await expect(page.getByRole("link", { name: "何平", exact: true })).toHaveCount(0);
    await page.keyboard.press("/");
    await expect(page.getByLabel("状态")).toBeFocused();
  });

  await test.step("重新提交的报名标出修改之处，再次退回修改", async () => {
    await openFromQueue(page, "唐婉");
    await expect(page.getByText("上次退回意见")).toBeVisible();
    await expect(page.getByText("自上次退回后已修改").first()).toBeVisible();
    await page.locator("summary", { hasText: "退回修改" }).click();
    // Issue 16 item 10: a ready-made reason the administrator keeps, ticked, plus the reviewer's own words.
    const photoReasons = page.getByRole("group", { name: "考生照片的常用理由（可多选）" });
    await photoReasons.getByRole("checkbox", { name: "照片模糊或有遮挡，请重新上传" }).check();
    await page.getByLabel("考生照片的退回意见").fill("照片仍不是白底，请重新拍摄。");
    await page.getByRole("button", { name: "确认退回修改" }).click();
    await expect(page.getByText("已退回修改，已通知考生。")).toBeVisible();
  });

  await test.step("不通过须写明原因", async () => {
    await openFromQueue(page, "邓超");
    await expect(page.getByText(/需核对的证明材料/)).toBeVisible();
    await page.locator("summary", { hasText: "审核不通过" }).click();
    await page.getByRole("button", { name: "确认审核不通过" }).click();
    await expect(page.getByText("请填写不通过原因（至少2个字）。")).toBeVisible();
    await page.getByLabel("不通过原因").fill("从事职业证明不能证明从事心理咨询相关工作。");
    await page.getByRole("button", { name: "确认审核不通过" }).click();
    await expect(page.getByText("已审核不通过，已通知考生。")).toBeVisible();
  });

  await test.step("批量通过无需人工判断的报名", async () => {
    await page.goto("/staff/review");
    await page.getByLabel("选择 许晴").check();
    await page.getByRole("button", { name: "通过所选报名" }).click();
    // Issue 16 item 10: a second step says how many and that it cannot be taken back.
    const confirm = page.getByRole("alertdialog", { name: "确认批量通过" });
    await expect(confirm).toContainText("将审核通过所选的 1 份报名");
    await expect(confirm).toContainText("不能撤回");
    await confirm.getByRole("button", { name: "确认通过 1 份" }).click();
    await expect(page.getByText(/已通过1份/)).toBeVisible();
    await page.goto("/staff/review?status=APPROVED");
    await expect(page.getByRole("link", { name: "许晴", exact: true })).toBeVisible();
  });

  await test.step("English", async () => {
    await page.goto("/en/staff/review");
    await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
    await page.keyboard.press("?");
    await expect(page.getByRole("row", { name: /Select the next row/ })).toBeVisible();
    await shot(page, "review-queue-en");
  });
});

test("[工作人员] 新账号首次登录须先改掉临时密码、再绑定动态验证码 @staff", async ({ page, browser, signIn }) => {
  test.setTimeout(120_000);
  const login = `clerk${Date.now() % 100000}`;
  await test.step("管理员新建账号（临时密码）", async () => {
    await signIn("officer");
    await page.goto("/staff/admin/users");
    const form = page.getByRole("region", { name: "新增账号" });
    await form.getByLabel("登录名").fill(login);
    await form.getByLabel("姓名（显示名）").fill("新审核员 王芳");
    await form.getByLabel("审核员").check();
    await form.getByLabel("临时密码").fill(DEMO_PASSWORD);
    await form.getByRole("button", { name: "新增账号" }).click();
    await expect(page.getByRole("region", { name: login })).toContainText("未绑定");
  });
  await test.step("新账号登录后被引导绑定，绑定后才能进入审核", async () => {
    const fresh = await (await browser.newContext()).newPage();
    const logIn = async (password: string) => {
      await fresh.goto("/login?next=/staff/review");
      await fresh.getByLabel("身份证号码或用户名").fill(login);
      await fresh.getByLabel("密码", { exact: true }).fill(password);
      await fresh.getByRole("button", { name: "登录", exact: true }).click();
    };
    await logIn(DEMO_PASSWORD);
    // The administrator knows the temporary password: it is replaced first (ADR 051).
    await expect(fresh).toHaveURL(/\/me\/password/);
    await expect(fresh.getByRole("main").getByText(/临时密码/)).toBeVisible();
    await fresh.getByLabel("当前密码").fill(DEMO_PASSWORD);
    await fresh.getByLabel("新密码", { exact: true }).fill("Wangfang2025");
    await fresh.getByLabel("再次输入密码").fill("Wangfang2025");
    await fresh.getByRole("button", { name: "修改密码" }).click();
    await expect(fresh).toHaveURL(/\/login\?changed=1/);
    await logIn("Wangfang2025");
    await expect(fresh).toHaveURL(/\/staff\/security/);
    await fresh.getByRole("button", { name: "开始绑定" }).click();
    const secret = (await fresh.locator("code").innerText()).trim();
    await docShot(fresh, "staff-security-enroll");
    await fresh.getByLabel("验证器显示的6位数字").fill(totpCode(secret, new Date()));
    await fresh.getByRole("button", { name: "完成绑定" }).click();
    await expect(fresh.getByRole("heading", { name: "请立即保存以下10个恢复码" })).toBeVisible();
    await expect(fresh.getByRole("region", { name: "请立即保存以下10个恢复码" }).getByRole("listitem")).toHaveCount(10);
    await fresh.goto("/staff/review");
    await expect(fresh.getByRole("heading", { level: 1, name: "资格审核" })).toBeVisible();
    await fresh.context().close();
  });
});

test("[管理员] 新增下一年度批次（校验时段顺序）、发布、新增常用退回理由，并在审计日志中查到 @staff", async ({ page, signIn }) => {
  test.setTimeout(120_000);
  await signIn("officer");
  await saveNewBatch(page, 2026, {
    registration: ["2026-01-05", "2026-01-12"],
    review: ["2026-01-12", "2026-01-23"],
    payment: ["2026-01-20", "2026-01-28"],
    ticket: ["2026-02-23", "2026-02-27"],
    exam: "2026-03-07", // a Saturday; 2026-02-28 is a worked Saturday (调休), which now asks for a confirmation
  });
  await expect(page.getByText("缴费期须在审核截止之后开始。")).toBeVisible();
  await expect(page.getByLabel("缴费开始")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("缴费开始").fill("2026-01-26");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/year=2026/);
  const batch = page.getByRole("region", { name: "第1批" });
  await expect(batch).toContainText("草稿");
  await batch.getByRole("button", { name: "发布" }).click();
  await expect(batch).toContainText("已发布");
  await shot(page, "admin-calendar");
  // Issue 16 item 10: the administrator keeps the ready-made return reasons.
  await page.goto("/staff/admin/return-reasons");
  const add = page.getByRole("region", { name: "新增理由" });
  await add.getByLabel("适用的信息或附件").selectOption({ label: "工作单位" });
  await add.getByLabel("理由（中文，考生看到）").fill("工作单位请填写营业执照上的全称");
  await add.getByLabel("理由（英文）").fill("Write the employer's full name as on its business licence");
  await add.getByRole("button", { name: "新增" }).click();
  await expect(add.getByText("已新增。")).toBeVisible();
  await expect(page.getByRole("listitem", { name: "工作单位请填写营业执照上的全称" })).toContainText("启用中");
  await shot(page, "admin-return-reasons");
  // Issue 11: the administrator no longer reads the audit log; the auditor does (ADR 060).
  await page.goto("/staff/audit?action=admin.batch");
  await expect(page.getByRole("cell", { name: "admin.batch.publish" })).toHaveCount(0);
  await page.context().clearCookies();
  await signIn("auditor");
  await page.goto("/staff/audit?action=admin.batch");
  await expect(page.getByRole("cell", { name: "admin.batch.publish" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "admin.batch.create" }).first()).toBeVisible(); // the housekeeping journey adds batches too
  await shot(page, "audit");
  await page.goto("/staff/audit?action=admin.returnReason");
  await expect(page.getByRole("cell", { name: "admin.returnReason.create" }).first()).toBeVisible();
});
