import "server-only";

/** What a refused file really is, in words a candidate recognises (for the refusal message). */
const KNOWN: Record<string, string> = {
  "image/heic": "HEIC 照片（苹果手机）",
  "image/heif": "HEIC 照片（苹果手机）",
  "image/heic-sequence": "HEIC 照片（苹果手机）",
  "image/heif-sequence": "HEIC 照片（苹果手机）",
  "image/webp": "WebP 图片",
  "image/gif": "GIF 动图",
  "image/apng": "动态 PNG 图片",
  "image/bmp": "BMP 图片",
  "image/tiff": "TIFF 图片",
  "image/avif": "AVIF 图片",
  "application/zip": "压缩包（ZIP）",
  "application/x-rar-compressed": "压缩包（RAR）",
  "application/x-7z-compressed": "压缩包（7Z）",
  "application/msword": "Word 文档",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word 文档",
  "application/vnd.ms-excel": "Excel 表格",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel 表格",
  "application/x-cfb": "Office 文档",
};

export function describeType(detected: { ext: string; mime: string } | undefined, bytes: Uint8Array): string | undefined {
  if (detected) return KNOWN[detected.mime] ?? (/svg/i.test(headText(bytes)) ? "SVG 图形" : `${detected.ext.toUpperCase()} 文件`);
  // file-type only knows binary formats; text is told apart here.
  const head = headText(bytes);
  if (/<svg[\s/>]/i.test(head)) return "SVG 图形";
  if (/<(?:!doctype|html|head|body|script)[\s/>]/i.test(head)) return "网页（HTML）";
  if (!head.includes("\u0000")) return "文本文件";
  return undefined;
}

function headText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
}
