import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { withCheckDigit } from "@/lib/domain/id-number";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { makeZip } from "@/tests/integration/institution/support/zip";
import { expect, test } from "./support/test";
import { fileOnDisk } from "./support/upload-file";

// Issue 13 item 1 (ADR 108, 117): the demo institution registers one person through the roster,
// then sends all scans as a resumable archive. Both files go up with tus; the first PATCH of each
// is cut off on the way, the upload goes on from the offset the server reports, and the roster's
// preview and the background import's report appear on the page.
const PERSON = { name: "档案续传", idNumber: withCheckDigit("51010519880417123") };
const REST = "13912345679|大数据采集||本科|四川大学|软件工程|2010|否|||成都市高新区天府大道中段2号|1-高中以上学历".split("|");

/** Cuts the first PATCH of every tus upload (a dropped connection); returns the uploads cut so far. */
async function cutFirstPieces(page: Page): Promise<() => number> {
  const cut = new Set<string>();
  await page.route("**/api/institution/uploads/**", async (route) => {
    const url = route.request().url();
    if (route.request().method() === "PATCH" && !cut.has(url)) {
      cut.add(url);
      return route.abort("connectionreset");
    }
    return route.continue();
  });
  return () => cut.size;
}

async function registerOne(page: Page) {
  await page.getByRole("link", { name: "花名册导入" }).click();
  const event = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载花名册模板（xlsx）" }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await event).path());
  book.getWorksheet("花名册")!.getRow(2).values = [PERSON.name, PERSON.idNumber, ...REST];
  const mimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  await page.getByLabel("填好的花名册（xlsx 或 CSV）").setInputFiles({ name: "花名册.xlsx", mimeType, buffer });
  await page.getByRole("button", { name: "上传并检查" }).click();
  await expect(page.getByText("共 1 行：1 行可以提交，0 行有问题。")).toBeVisible({ timeout: 30_000 });
  await page.getByLabel(/本机构已对以上考生的报名资格进行初审/).check();
  await page.getByRole("button", { name: "提交 1 名考生" }).click();
  await expect(page.getByText(/已保存 1 名考生/)).toBeVisible();
}

test("[机构] 花名册和大压缩包断点续传：各中断一次后继续，花名册预览、后台解压匹配并显示结果 @institution", async ({
  page,
  signIn,
}) => {
  test.setTimeout(180_000);
  await signIn("institution");
  await page.goto("/me");
  await page.getByRole("link", { name: "进入报名机构工作台" }).click();
  const cut = await cutFirstPieces(page);
  await registerOne(page);
  expect(cut()).toBe(1); // the roster went up with tus, and resumed

  const photo = await makeJpeg({ targetBytes: sizeKb(250), seed: 21 });
  const pdf = makePdf(sizeKb(240));
  const zip = makeZip([
    { name: `${PERSON.idNumber}_照片.jpg`, data: photo, method: "store" },
    ...["申报表", "承诺书", "学历证明", "身份证正面", "身份证反面"].map((s) => ({
      name: `${PERSON.idNumber}_${s}.pdf`,
      data: pdf,
      method: "store" as const,
    })),
  ]);

  await page.getByRole("link", { name: "上传附件" }).click();
  await page.getByLabel("选择压缩包（.zip）").setInputFiles(fileOnDisk("全部附件.zip", zip));
  await page.getByRole("button", { name: "开始上传" }).click();
  await expect(page.getByText("导入完成。")).toBeVisible({ timeout: 90_000 });
  expect(cut()).toBe(2);
  await expect(page.getByText(/已保存 6 个文件，拒收 0 个，未匹配 0 个；1 名考生附件齐全，已提交中心复审。/)).toBeVisible();
});
