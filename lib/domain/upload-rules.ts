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
  if (bytes < KB) return `${bytes} 字节`;
  return `${fn(bytes / KB)} KB`;
}

/** Every reason an upload is refused; the code doubles as the message key (`uploads.errors.<code>`). */
export type UploadErrorCode =
  | Exclude<UploadSizeOutcome, "ok">
  | Exclude<ImageDimensionsOutcome, "ok">
  | "unsupported-type"
  | "markup-in-file"
  | "pdf-script"
  | "corrupt"
  | "cannot-fit";

export interface UploadMessageParams {
  purpose: UploadPurpose;
  size?: number;
  kind?: "image" | "pdf";
  /** What the file really is, in words a candidate knows ("网页（HTML）", "HEIC 照片"). */
  detected?: string;
  width?: number;
  height?: number;
}

const RESCAN = "请用扫描仪或手机扫描软件重新扫描原件后上传";

/**
 * The zh-CN sentence for a refusal: what is wrong, then what to do (the center's staff get the
 * phone calls when a message only says "格式错误"). The UI shows it as is; an English catalogue
 * can key on the code and the same params.
 */
export function uploadErrorMessage(code: UploadErrorCode, params: UploadMessageParams): string {
  const { purpose, kind, size = 0 } = params;
  const rule = UPLOAD_RULES[purpose];
  const min = formatFileSize(rule.minBytes);
  const max = formatFileSize(rule.maxBytes);
  const what = kind === "pdf" ? "PDF 文件" : kind === "image" ? "图片" : "文件";
  switch (code) {
    case "empty":
      return "文件是空的（0 字节）：请重新选择文件后上传。";
    case "over-hard-cap":
      return `${what}为 ${formatFileSize(size, "up")}，超过平台可接收的上限 ${formatFileSize(HARD_CAP_BYTES)}：请重新扫描或拍摄为较低分辨率后上传${
        purpose === "attachment" ? `，附件材料须在 ${min}–${max} 之间` : ""
      }。`;
    case "too-small":
      if (kind === "pdf") {
        return `PDF 文件为 ${formatFileSize(size, "down")}，小于要求的 ${min}：请用更高分辨率（如 300 dpi）重新扫描，或改为上传 JPG 图片，平台可自动调整图片大小。`;
      }
      return `${what}为 ${formatFileSize(size, "down")}，小于要求的 ${min}：请上传更清晰的扫描件，或使用平台的自动调整。`;
    case "too-large":
      if (kind === "pdf") {
        return `PDF 文件为 ${formatFileSize(size, "up")}，超过 ${max}：请重新扫描为较低分辨率或改为上传 JPG 图片，平台可自动调整图片大小。`;
      }
      return `${what}为 ${formatFileSize(size, "up")}，超过要求的 ${max}：请使用平台的自动调整，或重新扫描为较低分辨率后上传。`;
    case "image-too-large":
      return `图片尺寸为 ${params.width ?? "?"}×${params.height ?? "?"} 像素，超过平台上限（单边 ${MAX_IMAGE_SIDE} 像素、共 ${
        MAX_IMAGE_PIXELS / 10_000
      } 万像素）：请缩小图片或重新扫描为较低分辨率后上传。`;
    case "unsupported-type":
      return `文件内容不是 JPG、PNG 或 PDF${params.detected ? `（实际为${params.detected}）` : ""}：请上传 JPG、PNG 或 PDF 格式的扫描件；只修改文件扩展名不会改变文件格式。${
        params.detected?.includes("HEIC") ? "苹果手机可在“设置—相机—格式”中选择“兼容性最佳”后重新拍摄，或截图后上传。" : ""
      }`;
    case "markup-in-file":
      return `文件中夹带了网页代码（如 <script>），平台为安全起见不予接收：${RESCAN}。`;
    case "pdf-script":
      return "PDF 文件中含有脚本（JavaScript），平台为安全起见不予接收：请上传原件的扫描件，或把文件另存为 JPG 图片后上传。";
    case "corrupt":
      return `文件已损坏或不完整，无法读取：${RESCAN}。`;
    case "cannot-fit":
      if (size < rule.minBytes) {
        return `图片为 ${formatFileSize(size, "down")}，内容太少，即使以最高质量重新保存也达不到 ${min}：请上传更清晰、分辨率更高的扫描件（建议 200–300 dpi）。`;
      }
      return `平台未能把图片调整到 ${min}–${max} 之间：请重新扫描为较低分辨率后上传。`;
  }
}
