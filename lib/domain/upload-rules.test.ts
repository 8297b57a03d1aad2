import { describe, expect, it } from "vitest";
import {
  HARD_CAP_BYTES,
  UPLOAD_RULES,
  checkImageDimensions,
  checkUploadSize,
  formatFileSize,
  isAllowedMime,
  uploadErrorMessage,
  type UploadErrorCode,
} from "./upload-rules";

describe("checkUploadSize: attachments, 200KB≤图片≤300KB (四(一)2, 四(二)2), KB = 1024 bytes", () => {
  it.each([
    [0, "empty"],
    [1, "too-small"],
    [204_799, "too-small"],
    [204_800, "ok"],
    [256_000, "ok"],
    [307_200, "ok"],
    [307_201, "too-large"],
    [10 * 1024 * 1024, "too-large"],
    [10 * 1024 * 1024 + 1, "over-hard-cap"],
  ] as const)("%i bytes → %s", (bytes, outcome) => {
    expect(checkUploadSize(bytes)).toBe(outcome);
    expect(checkUploadSize(bytes, "attachment")).toBe(outcome);
  });

  it("reads the notice's bounds as 204,800 and 307,200 bytes", () => {
    expect(UPLOAD_RULES.attachment).toMatchObject({ minBytes: 204_800, maxBytes: 307_200 });
  });
});

describe("checkUploadSize: receipts (五) have no range, only the hard cap", () => {
  it.each([
    [0, "empty"],
    [1, "ok"],
    [50 * 1024, "ok"],
    [HARD_CAP_BYTES, "ok"],
    [HARD_CAP_BYTES + 1, "over-hard-cap"],
  ] as const)("%i bytes → %s", (bytes, outcome) => {
    expect(checkUploadSize(bytes, "receipt")).toBe(outcome);
  });
});

describe("types and dimensions", () => {
  it("allows only JPEG, PNG and PDF", () => {
    expect(["image/jpeg", "image/png", "application/pdf"].every(isAllowedMime)).toBe(true);
    expect(["image/svg+xml", "text/html", "image/gif", "image/heic", "application/zip", ""].some(isAllowedMime)).toBe(false);
  });

  it.each([
    [8000, 5000, "ok"],
    [8000, 5001, "image-too-large"],
    [8001, 100, "image-too-large"],
    [100, 8001, "image-too-large"],
    [20_000, 20_000, "image-too-large"],
    [2480, 3508, "ok"],
  ] as const)("%i×%i → %s", (w, h, outcome) => {
    expect(checkImageDimensions(w, h)).toBe(outcome);
  });
});

describe("formatFileSize", () => {
  it("never rounds onto a boundary the message contradicts", () => {
    expect(formatFileSize(204_799, "down")).toBe("199 KB");
    expect(formatFileSize(307_201, "up")).toBe("301 KB");
    expect(formatFileSize(204_800)).toBe("200 KB");
    expect(formatFileSize(HARD_CAP_BYTES + 1, "up")).toBe("10.1 MB");
    expect(formatFileSize(HARD_CAP_BYTES)).toBe("10 MB");
    expect(formatFileSize(512)).toBe("512 字节");
  });
});

describe("uploadErrorMessage: says what is wrong and what to do", () => {
  it("too small: the size, the minimum and the remedy", () => {
    expect(uploadErrorMessage("too-small", { purpose: "attachment", size: 150 * 1024 })).toBe(
      "文件为 150 KB，小于要求的 200 KB：请上传更清晰的扫描件，或使用平台的自动调整。",
    );
  });

  it("a PDF over 300 KB is told to rescan or switch to JPG (no auto-fit for PDF)", () => {
    expect(uploadErrorMessage("too-large", { purpose: "attachment", size: 480 * 1024, kind: "pdf" })).toBe(
      "PDF 文件为 480 KB，超过 300 KB：请重新扫描为较低分辨率或改为上传 JPG 图片，平台可自动调整图片大小。",
    );
  });

  it("an iPhone HEIC photo gets the camera setting that fixes it", () => {
    expect(uploadErrorMessage("unsupported-type", { purpose: "attachment", detected: "HEIC 照片" })).toContain("兼容性最佳");
  });

  it("has a Chinese sentence with a remedy for every code", () => {
    const codes: UploadErrorCode[] = [
      "empty",
      "too-small",
      "too-large",
      "over-hard-cap",
      "image-too-large",
      "unsupported-type",
      "markup-in-file",
      "pdf-script",
      "corrupt",
      "cannot-fit",
    ];
    for (const code of codes) {
      const message = uploadErrorMessage(code, { purpose: "attachment", size: 100, width: 1, height: 1 });
      expect(message, code).toMatch(/[\u4e00-\u9fff]/);
      expect(message, code).toMatch(/：请/);
    }
  });
});
