/**
 * What the portal accepts as an uploaded file (notice 四(一)2 and 四(二)2 for attachments,
 * 五 for payment receipts), as pure functions so the browser can pre-check a file before
 * sending it and the server applies the same rule.
 *
 * The notice: "扫描件为jpg、jpeg、png、pdf格式，图片大小为：200KB≤图片≤300KB". It does not say
 * whether a KB is 1,000 or 1,024 bytes. We read KB as 1,024 bytes (204,800 to 307,200 bytes,
 * both inclusive) because that is what Windows Explorer and phone galleries show as "KB": a
 * candidate who sees "200 KB" there must not be refused here. The provincial system this rule
 * comes from is not documented either way.
 *
 * Receipts (缴费凭证, 五): the notice names no format or size, so they take the same formats and
 * only the platform's hard cap; a bank's PDF receipt is often 50 KB.
 */

import type { Failure } from "@/lib/action-result";

export const KB = 1024;
export const MB = 1024 * KB;

/** Nothing bigger is read at all (checked before decoding): a 300 KB rule needs no more, a phone photo fits. */
export const HARD_CAP_BYTES = 10 * MB;

/** Image limits checked on the header before any decoding, so a small file cannot expand into gigabytes of pixels. */
export const MAX_IMAGE_SIDE = 8000;
export const MAX_IMAGE_PIXELS = 40_000_000;

export const ALLOWED_MIME_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;
export type AllowedMime = (typeof ALLOWED_MIME_TYPES)[number];

/** For `<input accept>`: extensions and types, since some phones only honour one of them. */
export const UPLOAD_ACCEPT = ".jpg,.jpeg,.png,.pdf,image/jpeg,image/png,application/pdf";

export type UploadPurpose = "attachment" | "receipt";

export interface UploadRule {
  purpose: UploadPurpose;
  /** Inclusive bounds of what is stored; `minBytes` 1 means "not empty". */
  minBytes: number;
  maxBytes: number;
  /** Where auto-fit aims: the middle of the range, so small encoder differences stay inside it. */
  targetBytes: number;
}

export const UPLOAD_RULES: Record<UploadPurpose, UploadRule> = {
  attachment: { purpose: "attachment", minBytes: 200 * KB, maxBytes: 300 * KB, targetBytes: 250 * KB },
  receipt: { purpose: "receipt", minBytes: 1, maxBytes: HARD_CAP_BYTES, targetBytes: 1 * MB },
};

export type UploadSizeOutcome = "ok" | "empty" | "too-small" | "too-large" | "over-hard-cap";

export function checkUploadSize(bytes: number, purpose: UploadPurpose = "attachment"): UploadSizeOutcome {
  const rule = UPLOAD_RULES[purpose];
  if (bytes <= 0) return "empty";
  if (bytes > HARD_CAP_BYTES) return "over-hard-cap";
  if (bytes < rule.minBytes) return "too-small";
  if (bytes > rule.maxBytes) return "too-large";
  return "ok";
}

export function isAllowedMime(mime: string): mime is AllowedMime {
  return (ALLOWED_MIME_TYPES as readonly string[]).includes(mime);
}

export type ImageDimensionsOutcome = "ok" | "image-too-large";

export function checkImageDimensions(width: number, height: number): ImageDimensionsOutcome {
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) return "image-too-large";
  return "ok";
}

/**
 * Sizes as a person reads them. The direction matters at the edges: 204,799 bytes is 199.99 KB
 * and must read as "199 KB" (below 200), and 307,201 bytes as "301 KB" (above 300), never "200 KB"
 * or "300 KB", which would contradict the message around them.
 */
export function formatFileSize(bytes: number, round: "down" | "up" | "nearest" = "nearest"): string {
  const fn = round === "down" ? Math.floor : round === "up" ? Math.ceil : Math.round;
  if (bytes >= MB) return `${(fn((bytes / MB) * 10) / 10).toFixed(1).replace(/\.0$/, "")} MB`;
  if (bytes < KB) return `${bytes} B`;
  return `${fn(bytes / KB)} KB`;
}

/** Every reason an upload is refused (said by `uploadRefusal`). */
export type UploadErrorCode =
  | Exclude<UploadSizeOutcome, "ok">
  | Exclude<ImageDimensionsOutcome, "ok">
  | "unsupported-type"
  | "markup-in-file"
  | "pdf-script"
  | "corrupt"
  | "cannot-fit";

/** What a refused file really is, as a code the messages name ("HEIC 照片（苹果手机）", "a web page (HTML)"). */
export type DetectedType =
  | "heic"
  | "webp"
  | "gif"
  | "apng"
  | "bmp"
  | "tiff"
  | "avif"
  | "zip"
  | "rar"
  | "7z"
  | "word"
  | "excel"
  | "office"
  | "svg"
  | "html"
  | "text"
  | "other";

export interface UploadMessageParams {
  purpose: UploadPurpose;
  size?: number;
  kind?: "image" | "pdf";
  /** What the file really is, when known; `other` names it by its extension (`detectedExt`). */
  detected?: DetectedType;
  detectedExt?: string;
  width?: number;
  height?: number;
}

/**
 * A refusal as a failure (ADR 130): what is wrong, then what to do (the center's staff get the
 * phone calls when a message only says "格式错误"), as a key under `ruleFailures.upload` with the sizes
 * and limits as parameters, said in the page's language. Sizes are given as a person reads them
 * (formatFileSize, rounded away from the boundary); other numbers as plain digits.
 */
export function uploadRefusal(code: UploadErrorCode, params: UploadMessageParams): Failure {
  const { purpose, kind, size = 0 } = params;
  const rule = UPLOAD_RULES[purpose];
  const min = formatFileSize(rule.minBytes);
  const max = formatFileSize(rule.maxBytes);
  const what = kind ?? "file";
  switch (code) {
    case "empty":
      return { key: "ruleFailures.upload.empty" };
    case "over-hard-cap":
      return {
        key: "ruleFailures.upload.overHardCap",
        params: { what, size: formatFileSize(size, "up"), cap: formatFileSize(HARD_CAP_BYTES), purpose, min, max },
      };
    case "too-small":
      if (kind === "pdf") return { key: "ruleFailures.upload.tooSmallPdf", params: { size: formatFileSize(size, "down"), min } };
      return { key: "ruleFailures.upload.tooSmall", params: { what, size: formatFileSize(size, "down"), min } };
    case "too-large":
      if (kind === "pdf") return { key: "ruleFailures.upload.tooLargePdf", params: { size: formatFileSize(size, "up"), max } };
      return { key: "ruleFailures.upload.tooLarge", params: { what, size: formatFileSize(size, "up"), max } };
    case "image-too-large":
      return {
        key: "ruleFailures.upload.imageTooLarge",
        params: {
          width: String(params.width ?? "?"),
          height: String(params.height ?? "?"),
          side: String(MAX_IMAGE_SIDE),
          pixels: String(MAX_IMAGE_PIXELS / 10_000),
          megapixels: String(MAX_IMAGE_PIXELS / 1_000_000),
        },
      };
    case "unsupported-type":
      if (!params.detected) return { key: "ruleFailures.upload.unsupportedType" };
      return {
        key: "ruleFailures.upload.unsupportedTypeDetected",
        params: { detected: params.detected, ext: (params.detectedExt ?? "").toUpperCase() },
      };
    case "markup-in-file":
      return { key: "ruleFailures.upload.markupInFile", params: { tag: "<script>" } };
    case "pdf-script":
      return { key: "ruleFailures.upload.pdfScript" };
    case "corrupt":
      return { key: "ruleFailures.upload.corrupt" };
    case "cannot-fit":
      if (size < rule.minBytes)
        return { key: "ruleFailures.upload.cannotFitTooLittle", params: { size: formatFileSize(size, "down"), min } };
      return { key: "ruleFailures.upload.cannotFit", params: { min, max } };
  }
}
