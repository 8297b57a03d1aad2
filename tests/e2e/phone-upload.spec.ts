import type { Page } from "@playwright/test";
import { idNumberHash } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { PHOTO_ASPECT } from "@/lib/domain/photo-fit";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { createCandidate } from "./support/accounts";
import { sql } from "./support/database";
import { docShot } from "./support/doc-shot";
import { expect, test } from "./support/test";
import { applyUpToPhotoStep } from "./support/to-photo-step";

// Issue 14 (photos fitted in the browser) and issue 16 item 4 (uploading on a phone): a 4 MB
// camera photo is cropped to 25 × 35 and fitted before it leaves the phone, previewed once
// stored, replaced; a PDF shows its page count and can be deleted; 保存并继续 drops nothing; and
// the plain form still uploads without JavaScript.
const idNumber = withCheckDigit("51010419920507246"); // a person of its own
const name = "传照片";

const photoField = (page: Page) => page.getByRole("region", { name: "考生照片" });

async function waitForPage(field: ReturnType<typeof photoField>) {
  // The button replaces the plain form's 上传 once the page runs.
  await expect(field.getByRole("button", { name: /^(选择文件或拍照|重新选择)$/ })).toBeVisible();
}

test.describe.configure({ mode: "serial" });

test("[考生] 手机上传：照片在本机裁剪压缩后上传，预览、替换、删除，保存并继续不丢文件 @candidate", async ({
  page,
  browser,
  baseURL,
  signIn,
}) => {
  test.setTimeout(180_000);
  const { userId } = await createCandidate({ idNumber, name });

  // Records the size of every body the page sends with XMLHttpRequest (the upload field's PUT).
  await page.addInitScript(() => {
    const w = window as unknown as { __uploadBodies: number[] };
    w.__uploadBodies = [];
    class Recording extends window.XMLHttpRequest {
      override send(body?: Document | XMLHttpRequestBodyInit | null) {
        if (body instanceof Blob) w.__uploadBodies.push(body.size);
        super.send(body);
      }
    }
    window.XMLHttpRequest = Recording;
  });

  await test.step("登录，填到照片一步并单独同意", async () => {
    await signIn({ userId });
    await page.goto("/me");
    await expect(page.getByRole("heading", { name: `您好，${name}` })).toBeVisible();
    await applyUpToPhotoStep(page, { school: "成都理工大学", address: "成都市成华区二仙桥东三路1号" });
    await page.getByLabel(/我单独同意处理上述敏感个人信息/).check();
    await page.getByRole("button", { name: "同意并继续上传" }).click();
  });

  const [application] = await sql<{ id: string }>(
    `SELECT a.id FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" WHERE c."idNumberHash" = $1`,
    [idNumberHash(idNumber)],
  );
  const applicationId = application!.id;
  const storedPhoto = async () =>
    sql<{ size: number; mime: string }>(
      `SELECT f.size, f.mime FROM "Attachment" a JOIN "StoredFile" f ON f.id = a."fileId" WHERE a."applicationId" = $1 AND a.kind = 'PHOTO'`,
      [applicationId],
    );

  await test.step("4 MB 的手机照片：本机裁剪为 25×35 并压缩，上传不超过 300 KB", async () => {
    const field = photoField(page);
    await waitForPage(field);
    const camera = Buffer.from(await makeJpeg({ targetBytes: sizeKb(4096), width: 4000, height: 3000, seed: 14 }));
    expect(camera.byteLength).toBeGreaterThan(4_000_000);
    await field
      .getByLabel("考生照片", { exact: true })
      .setInputFiles({ name: "IMG_2025.jpg", mimeType: "image/jpeg", buffer: camera });
    // The crop in the 1-inch proportion, the original beside the fitted image.
    await expect(field.getByTestId("photo-crop")).toBeVisible();
    await expect(field.getByText(/^原图：4(\.\d)? MB$/)).toBeVisible();
    await expect(field.getByText(/^调整后：\d+ KB，\d+×\d+ 像素$/)).toBeVisible({ timeout: 30_000 });

    // Nothing dropped: a chosen, unsaved photo stops 保存并继续 and says why.
    await page.getByRole("link", { name: "保存并继续" }).click();
    await expect(page.getByText("“考生照片”已选择文件但尚未保存", { exact: false })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "照片" })).toBeVisible();
    await docShot(page, "phone-upload-1-crop");

    const sent = page.waitForRequest((r) => r.method() === "PUT" && r.url().includes(`/attachments/PHOTO`));
    await field.getByRole("button", { name: "使用调整后的图片" }).click();
    const request = await sent;
    expect((await request.response())?.status()).toBe(200);
    // What went over the network: the body the page handed to XMLHttpRequest (Chromium does not
    // report a Blob body to Playwright), its Content-Length when reported, and what was stored.
    const bodies = await page.evaluate(() => (window as unknown as { __uploadBodies: number[] }).__uploadBodies);
    expect(bodies).toHaveLength(1);
    const requestBodySize = bodies[0]!;
    const declared = (await request.allHeaders())["content-length"];
    if (declared !== undefined) expect(Number(declared)).toBe(requestBodySize);
    expect(requestBodySize).toBeLessThanOrEqual(300 * 1024);
    expect(requestBodySize).toBeGreaterThanOrEqual(200 * 1024);
    await expect(field.getByRole("status")).toHaveText(`已上传：${Math.round(requestBodySize / 1024)} KB`);
    // Stored as sent: the server checked it and neither decoded nor re-encoded it.
    expect(await storedPhoto()).toEqual([{ size: requestBodySize, mime: "image/jpeg" }]);
    // The guard's notice went with the choice.
    await expect(page.getByText("“考生照片”已选择文件但尚未保存", { exact: false })).toHaveCount(0);
  });

  await test.step("已上传的照片有预览，比例为 1 寸照片", async () => {
    const field = photoField(page);
    const preview = field.getByRole("img", { name: "已上传的考生照片" });
    await expect(preview).toBeVisible();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const ratio = await preview.evaluate((img: HTMLImageElement) => img.naturalWidth / img.naturalHeight);
    expect(ratio).toBeCloseTo(PHOTO_ASPECT, 2);
    await docShot(page, "phone-upload-2-preview");
  });

  await test.step("替换照片：新照片取代旧照片", async () => {
    const field = photoField(page);
    await field.getByRole("button", { name: "重新选择" }).click({ trial: true });
    const second = Buffer.from(await makeJpeg({ targetBytes: sizeKb(240), exact: true, width: 700, height: 980, seed: 15 }));
    await field
      .getByLabel("考生照片", { exact: true })
      .setInputFiles({ name: "second.jpg", mimeType: "image/jpeg", buffer: second });
    await field.getByRole("button", { name: "使用原图" }).click();
    await expect(field.getByRole("status")).toHaveText("已上传：240 KB");
    expect(await storedPhoto()).toEqual([{ size: second.byteLength, mime: "image/jpeg" }]);
  });

  await test.step("材料：PDF 选择即上传，显示页数，可删除", async () => {
    await page.getByRole("link", { name: "保存并继续" }).click();
    const form = page.getByRole("region", { name: "个人申报表" });
    await waitForPage(form);
    await form.getByLabel("个人申报表", { exact: true }).setInputFiles({
      name: "申报表.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(makePdf(sizeKb(250))),
    });
    await expect(form.getByRole("status")).toHaveText("已上传：250 KB");
    await expect(form.getByText("PDF 文件，共 1 页")).toBeVisible();
    await form.getByRole("button", { name: "删除个人申报表" }).click();
    await expect(form.getByRole("status")).toHaveText("尚未上传");
    const [count] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Attachment" WHERE "applicationId" = $1 AND kind = 'APPLICATION_FORM'`,
      [applicationId],
    );
    expect(count!.n).toBe(0);
  });

  await test.step("没有 JavaScript 时仍可用普通表单上传", async () => {
    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await noScript.addCookies(await page.context().cookies());
    const plain = await noScript.newPage();
    await plain.goto(`/me/applications/${applicationId}/edit/attachments`);
    const field = plain.getByRole("region", { name: "个人诚信承诺书" });
    await field.getByLabel("个人诚信承诺书", { exact: true }).setInputFiles({
      name: "承诺书.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(makePdf(sizeKb(230))),
    });
    // The form posts the server action; the answer is the page rendered with its result.
    const answer = plain.waitForResponse((r) => r.request().method() === "POST", { timeout: 60_000 });
    await field.getByRole("button", { name: "上传" }).click({ noWaitAfter: true });
    expect((await answer).status()).toBe(200);
    await expect(plain.getByRole("region", { name: "个人诚信承诺书" }).getByRole("status")).toHaveText("已上传：230 KB", {
      timeout: 30_000,
    });
    await noScript.close();
  });
});
