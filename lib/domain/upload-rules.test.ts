import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { failureText } from "@/lib/i18n/failure-text";
import { MESSAGES } from "@/messages";
import {
  HARD_CAP_BYTES,
  UPLOAD_RULES,
  checkImageDimensions,
  checkUploadSize,
  formatFileSize,
  isAllowedMime,
  uploadRefusal,
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
    expect(formatFileSize(512)).toBe("512 B");
  });
});

describe("uploadRefusal: a key with parameters, said in the page's language (ADR 130)", () => {
  const zh = createTranslator({ locale: "zh-CN", messages: MESSAGES["zh-CN"] });
  const en = createTranslator({ locale: "en", messages: MESSAGES.en });

  it("too small: the size and the minimum travel as parameters, never as a sentence", () => {
    const refusal = uploadRefusal("too-small", { purpose: "attachment", size: 150 * 1024 });
    expect(refusal).toEqual({ key: "ruleFailures.upload.tooSmall", params: { what: "file", size: "150 KB", min: "200 KB" } });
    expect(failureText(zh, refusal)).toBe("文件为 150 KB，小于要求的 200 KB：请上传更清晰的扫描件，或使用平台的自动调整。");
    expect(failureText(en, refusal)).toBe(
      "The file is 150 KB, below the required 200 KB: upload a clearer scan, or use the platform's automatic resizing.",
    );
  });

  it("a PDF over 300 KB is told to rescan or switch to JPG (no auto-fit for PDF)", () => {
    const refusal = uploadRefusal("too-large", { purpose: "attachment", size: 480 * 1024, kind: "pdf" });
    expect(failureText(zh, refusal)).toBe(
      "PDF 文件为 480 KB，超过 300 KB：请重新扫描为较低分辨率或改为上传 JPG 图片，平台可自动调整图片大小。",
    );
    expect(failureText(en, refusal)).toContain("The PDF file is 480 KB, over 300 KB");
  });

  it("the hard cap names the attachment range only for attachments", () => {
    const attachment = uploadRefusal("over-hard-cap", { purpose: "attachment", size: HARD_CAP_BYTES + 1, kind: "image" });
    const receipt = uploadRefusal("over-hard-cap", { purpose: "receipt", size: HARD_CAP_BYTES + 1 });
    expect(failureText(zh, attachment)).toBe(
      "图片为 10.1 MB，超过平台可接收的上限 10 MB：请重新扫描或拍摄为较低分辨率后上传，附件材料须在 200 KB–300 KB 之间。",
    );
    expect(failureText(zh, receipt)).toBe("文件为 10.1 MB，超过平台可接收的上限 10 MB：请重新扫描或拍摄为较低分辨率后上传。");
    expect(failureText(en, attachment)).toContain("attachments must be between 200 KB and 300 KB");
    expect(failureText(en, receipt)).not.toContain("attachments");
  });

  it("an iPhone HEIC photo gets the camera setting that fixes it, in both languages", () => {
    const refusal = uploadRefusal("unsupported-type", { purpose: "attachment", detected: "heic" });
    expect(failureText(zh, refusal)).toContain("实际为HEIC 照片（苹果手机）");
    expect(failureText(zh, refusal)).toContain("兼容性最佳");
    expect(failureText(en, refusal)).toContain("Most Compatible");
    const other = uploadRefusal("unsupported-type", { purpose: "attachment", detected: "other", detectedExt: "exe" });
    expect(failureText(zh, other)).toContain("实际为EXE 文件");
    expect(failureText(zh, other)).not.toContain("兼容性最佳");
  });

  it("markup in a file is named without being read as a tag", () => {
    expect(failureText(zh, uploadRefusal("markup-in-file", { purpose: "attachment" }))).toContain("（如 <script>）");
    expect(failureText(en, uploadRefusal("markup-in-file", { purpose: "attachment" }))).toContain("(such as <script>)");
  });

  it("every code says what is wrong and what to do, in Chinese and in English, with every parameter filled", () => {
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
      for (const kind of [undefined, "pdf", "image"] as const) {
        const refusal = uploadRefusal(code, { purpose: "attachment", size: 100, width: 1, height: 1, kind });
        const zhText = failureText(zh, refusal);
        const enText = failureText(en, refusal);
        expect(zhText, code).toMatch(/[\u4e00-\u9fff]/);
        expect(zhText, code).toMatch(/：请|，请/);
        expect(enText, code).not.toMatch(/[\u4e00-\u9fff]/);
        expect(`${zhText}${enText}`, code).not.toMatch(/[{}]/);
      }
    }
  });
});
