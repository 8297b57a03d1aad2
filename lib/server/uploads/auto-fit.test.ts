import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { UPLOAD_RULES } from "@/lib/domain/upload-rules";
import { makeJpeg, makePng, sizeKb } from "@/tests/support/files";
import { MAX_ATTEMPTS, autoFitImage } from "./auto-fit";
import { translateFailure } from "@/lib/i18n/translate-key";

const { minBytes, maxBytes } = UPLOAD_RULES.attachment;

async function expectFitted(input: Uint8Array) {
  const result = await autoFitImage(input, "attachment");
  if (!result.ok) throw new Error(result.failure.key);
  expect(result.afterSize).toBe(result.bytes.byteLength);
  expect(result.afterSize).toBeGreaterThanOrEqual(minBytes);
  expect(result.afterSize).toBeLessThanOrEqual(maxBytes);
  expect(result.beforeSize).toBe(input.byteLength);
  expect(result.attempts).toBeLessThanOrEqual(MAX_ATTEMPTS);
  const meta = await sharp(result.bytes).metadata();
  expect(meta).toMatchObject({ format: "jpeg", width: result.width, height: result.height });
  // Metadata is stripped: no EXIF (orientation, GPS, camera) survives.
  expect(meta.exif).toBeUndefined();
  return result;
}

describe("autoFitImage: into 200–300 KB (四(一)2), beyond what the notice asks", () => {
  it("brings a 1 MB photo down into range", async () => {
    await expectFitted(await makeJpeg({ targetBytes: sizeKb(1024) }));
  });

  it("brings a 120 KB scan up into range", async () => {
    await expectFitted(await makeJpeg({ targetBytes: sizeKb(120) }));
  });

  it("turns a sideways photo (EXIF orientation 6) upright: width and height swap", async () => {
    const result = await expectFitted(await makeJpeg({ targetBytes: sizeKb(250), width: 1200, height: 800, orientation: 6 }));
    expect(result).toMatchObject({ width: 800, height: 1200, rotated: true });
    expect((await sharp(result.bytes).metadata()).orientation).toBeUndefined();
  });

  it("re-encodes a 600 KB PNG as a JPEG in range", async () => {
    const result = await expectFitted(await makePng({ targetBytes: sizeKb(600) }));
    expect(result.mime).toBe("image/jpeg");
  });

  it("shrinks a 3 MB 3000 × 2000 phone photo to at most A4 at 200 dpi, within the attempt budget", async () => {
    const result = await expectFitted(await makeJpeg({ targetBytes: sizeKb(3072), width: 3000, height: 2000 }));
    expect(Math.max(result.width, result.height)).toBeLessThanOrEqual(2339);
  });

  it("says plainly when a tiny image cannot reach 200 KB even at the highest quality", async () => {
    const result = await autoFitImage(await makeJpeg({ targetBytes: sizeKb(10), width: 200, height: 150 }), "attachment");
    expect(result).toMatchObject({ ok: false, error: "cannot-fit" });
    expect(result.ok || translateFailure(result.failure)).toBe(
      "图片为 10 KB，内容太少，即使以最高质量重新保存也达不到 200 KB：请上传更清晰、分辨率更高的扫描件（建议 200–300 dpi）。",
    );
  });
});
