import { expect, test } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { idNumberHash, loginHash, nameHash, seal } from "@/lib/db-crypto/raw";
import { withCheckDigit } from "@/lib/domain/id-number";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { resetClock } from "./support/clock";
import { sql } from "./support/database";
import { applyUpToPhotoStep } from "./support/to-photo-step";

// Issue 16 item 4: without JavaScript, 保存并继续 on an upload step stores the file chosen in it
// (the step is one form), continues when everything chosen is stored, and stays with the
// server's auto-fit to accept when an image is out of range.
const idNumber = withCheckDigit("51010419930612246"); // a person of its own
const name = "无脚本";
const password = "NoScriptSave2025ok";

test.describe.configure({ mode: "serial" });
test.afterAll(resetClock);

test("[考生] 没有 JavaScript：选择文件后点保存并继续，文件被保存并进入下一步", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  resetClock();
  const [user] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, kind, login, "loginHash", "displayName", "passwordHash") VALUES (gen_random_uuid(), 'CANDIDATE', $1, $2, $3, $4)
     ON CONFLICT ("loginHash") DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash" RETURNING id`,
    [seal(idNumber), loginHash(idNumber), seal(name), await hashPassword(password)],
  );
  await sql(
    `INSERT INTO "Candidate" (id, "idNumber", "idNumberHash", name, "nameHash", "userId") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)
     ON CONFLICT ("idNumberHash") DO NOTHING`,
    [seal(idNumber), idNumberHash(idNumber), seal(name), nameHash(name), user!.id],
  );

  // With JavaScript: the steps before the uploads, and the separate consent.
  await page.goto("/login");
  await page.getByLabel("身份证号码或用户名").fill(idNumber);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("heading", { name: `您好，${name}` })).toBeVisible({ timeout: 20_000 });
  await applyUpToPhotoStep(page, { school: "成都理工大学", address: "成都市成华区二仙桥东三路1号" });
  await page.getByLabel(/我单独同意处理上述敏感个人信息/).check();
  await page.getByRole("button", { name: "同意并继续上传" }).click();
  await expect(page.getByRole("region", { name: "考生照片" })).toBeVisible();

  const [application] = await sql<{ id: string }>(
    `SELECT a.id FROM "Application" a JOIN "Candidate" c ON c.id = a."candidateId" WHERE c."idNumberHash" = $1`,
    [idNumberHash(idNumber)],
  );
  const applicationId = application!.id;
  const stored = async () =>
    (
      await sql<{ kind: string; size: number }>(
        `SELECT a.kind, f.size FROM "Attachment" a JOIN "StoredFile" f ON f.id = a."fileId" WHERE a."applicationId" = $1 ORDER BY a.kind`,
        [applicationId],
      )
    )
      .map((r) => `${r.kind}:${r.size}`)
      .sort();

  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  await noScript.addCookies(await page.context().cookies());
  const plain = await noScript.newPage();
  const field = (label: string) => plain.getByRole("region", { name: label }).getByLabel(label, { exact: true });
  let photoSize = 0;

  await test.step("照片太大：保存并继续不前进，显示自动调整的结果待确认，什么也没存", async () => {
    await plain.goto(`/me/applications/${applicationId}/edit/photo`);
    const camera = Buffer.from(await makeJpeg({ targetBytes: sizeKb(1500), width: 2000, height: 2800, seed: 16 }));
    await field("考生照片").setInputFiles({ name: "camera.jpg", mimeType: "image/jpeg", buffer: camera });
    await plain.getByRole("button", { name: "保存并继续" }).click();
    await expect(plain.getByRole("heading", { level: 1, name: "照片" })).toBeVisible();
    await expect(plain.getByRole("button", { name: "使用调整后的文件" })).toBeVisible();
    expect(await stored()).toEqual([]);
  });

  await test.step("合格的照片：保存并继续存下照片，进入材料一步", async () => {
    const photo = Buffer.from(await makeJpeg({ targetBytes: sizeKb(240), exact: true, width: 700, height: 980, seed: 17 }));
    await plain.goto(`/me/applications/${applicationId}/edit/photo`);
    photoSize = photo.byteLength;
    await field("考生照片").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: photo });
    await plain.getByRole("button", { name: "保存并继续" }).click();
    await expect(plain).toHaveURL(new RegExp(`/me/applications/${applicationId}/edit/attachments$`));
    expect(await stored()).toEqual([`PHOTO:${photo.byteLength}`]);
  });

  await test.step("材料：两份文件一次保存并继续，都存下，进入承诺一步", async () => {
    const form = Buffer.from(makePdf(sizeKb(210)));
    const pledge = Buffer.from(makePdf(sizeKb(230)));
    await field("个人申报表").setInputFiles({ name: "申报表.pdf", mimeType: "application/pdf", buffer: form });
    await field("个人诚信承诺书").setInputFiles({ name: "承诺书.pdf", mimeType: "application/pdf", buffer: pledge });
    await plain.getByRole("button", { name: "保存并继续" }).click();
    await expect(plain).toHaveURL(new RegExp(`/me/applications/${applicationId}/edit/pledge$`));
    expect(await stored()).toEqual(
      [`APPLICATION_FORM:${form.byteLength}`, `PHOTO:${photoSize}`, `PLEDGE:${pledge.byteLength}`].sort(),
    );
  });

  await test.step("一项的「上传」仍只留在本页", async () => {
    await plain.goto(`/me/applications/${applicationId}/edit/attachments`);
    const again = Buffer.from(makePdf(sizeKb(220)));
    await field("个人诚信承诺书").setInputFiles({ name: "承诺书2.pdf", mimeType: "application/pdf", buffer: again });
    await plain.getByRole("region", { name: "个人诚信承诺书" }).getByRole("button", { name: "重新上传" }).click();
    await expect(plain).toHaveURL(new RegExp(`/edit/attachments$`));
    await expect(plain.getByRole("region", { name: "个人诚信承诺书" }).getByRole("status")).toHaveText("已上传：220 KB");
  });
  await noScript.close();
});
