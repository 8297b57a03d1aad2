import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { prepareUpload } from "./accept-upload";
import { translateFailure } from "@/lib/i18n/translate-key";

const noFit = { autoFit: false };
const fit = { autoFit: true };

describe("prepareUpload: attachments, 200KB≤图片≤300KB (四(一)2, 四(二)2)", () => {
  it.each([
    [204_799, "too-small"],
    [204_800, null],
    [307_200, null],
    [307_201, "too-large"],
  ])("a %i-byte JPEG → %s", async (bytes, error) => {
    const result = await prepareUpload(await makeJpeg({ targetBytes: bytes }), "scan.jpg", "attachment", noFit);
    if (error) expect(result).toMatchObject({ ok: false, error });
    else expect(result).toMatchObject({ ok: true, size: bytes, adjusted: null });
  });

  it("stores a file in range as sent, under a clean name", async () => {
    const jpeg = await makeJpeg({ targetBytes: sizeKb(250) });
    const result = await prepareUpload(jpeg, "../../身份证正面.JPG", "attachment", fit);
    expect(result).toMatchObject({ ok: true, kind: "image", mime: "image/jpeg", name: "身份证正面.JPG", adjusted: null });
    expect(result.ok && result.bytes).toBe(jpeg);
  });

  it("takes a PDF named .jpg as the PDF it is, and names it .pdf", async () => {
    const result = await prepareUpload(makePdf(sizeKb(250)), "学历证明.jpg", "attachment", fit);
    expect(result).toMatchObject({ ok: true, kind: "pdf", mime: "application/pdf", name: "学历证明.pdf" });
  });

  it("does not auto-fit a PDF: it says how to make one in range", async () => {
    const result = await prepareUpload(makePdf(sizeKb(480)), "申报表.pdf", "attachment", fit);
    expect(result).toMatchObject({ ok: false, error: "too-large" });
    expect(result.ok || translateFailure(result.failure)).toBe(
      "PDF 文件为 480 KB，超过 300 KB：请重新扫描为较低分辨率或改为上传 JPG 图片，平台可自动调整图片大小。",
    );
  });

  it("without auto-fit, a small image is refused with a message that offers it", async () => {
    const result = await prepareUpload(await makeJpeg({ targetBytes: sizeKb(150) }), "a.jpg", "attachment", noFit);
    expect(result.ok || translateFailure(result.failure)).toBe(
      "图片为 150 KB，小于要求的 200 KB：请上传更清晰的扫描件，或使用平台的自动调整。",
    );
  });

  it("with auto-fit, a small image comes back in range with before/after sizes for the candidate to accept", async () => {
    const result = await prepareUpload(await makeJpeg({ targetBytes: sizeKb(150) }), "a.png", "attachment", fit);
    if (!result.ok) throw new Error(result.failure.key);
    expect(result.adjusted).toMatchObject({ beforeSize: sizeKb(150), afterSize: result.size, rotated: false });
    expect(result.size).toBeGreaterThanOrEqual(204_800);
    expect(result.size).toBeLessThanOrEqual(307_200);
    expect(result.name).toBe("a.jpg");
  });

  it("turns a sideways photo upright when auto-fit is on, and leaves it alone when off", async () => {
    const sideways = await makeJpeg({ targetBytes: sizeKb(250), width: 1200, height: 800, orientation: 6 });
    const fitted = await prepareUpload(sideways, "photo.jpg", "attachment", fit);
    expect(fitted).toMatchObject({ ok: true, width: 800, height: 1200, adjusted: { rotated: true } });
    expect((await sharp(fitted.ok ? fitted.bytes : new Uint8Array()).metadata()).orientation).toBeUndefined();
    const asSent = await prepareUpload(sideways, "photo.jpg", "attachment", noFit);
    expect(asSent).toMatchObject({ ok: true, adjusted: null });
    expect(asSent.ok && asSent.bytes).toBe(sideways);
  });
});

describe("prepareUpload: receipts (五) have no size range", () => {
  it("accepts a 50 KB bank PDF and a 2 MB photo of a receipt as sent", async () => {
    expect(await prepareUpload(makePdf(sizeKb(50)), "回单.pdf", "receipt", fit)).toMatchObject({ ok: true, adjusted: null });
    expect(await prepareUpload(await makeJpeg({ targetBytes: sizeKb(2048) }), "回单.jpg", "receipt", fit)).toMatchObject({
      ok: true,
      size: sizeKb(2048),
      adjusted: null,
    });
  });

  it("refuses a receipt over 10 MB", async () => {
    const huge = new Uint8Array(10 * 1024 * 1024 + 1);
    huge.set(makePdf(1024));
    const result = await prepareUpload(huge, "回单.pdf", "receipt", fit);
    expect(result).toMatchObject({ ok: false, error: "over-hard-cap" });
    // The hard cap is checked before the type is read, so the message cannot say "PDF".
    expect(result.ok || translateFailure(result.failure)).toBe(
      "文件为 10.1 MB，超过平台可接收的上限 10 MB：请重新扫描或拍摄为较低分辨率后上传。",
    );
  });
});
