import "server-only";
import type { DetectedType } from "@/lib/domain/upload-rules";

/** What a refused file really is, as a code the refusal names in words a candidate recognises. */
const KNOWN: Record<string, DetectedType> = {
  "image/heic": "heic",
  "image/heif": "heic",
  "image/heic-sequence": "heic",
  "image/heif-sequence": "heic",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/apng": "apng",
  "image/bmp": "bmp",
  "image/tiff": "tiff",
  "image/avif": "avif",
  "application/zip": "zip",
  "application/x-rar-compressed": "rar",
  "application/x-7z-compressed": "7z",
  "application/msword": "word",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
  "application/vnd.ms-excel": "excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "excel",
  "application/x-cfb": "office",
};

export interface Detected {
  detected: DetectedType;
  /** The extension, for a type named by it (`other`). */
  detectedExt?: string;
}

export function describeType(detected: { ext: string; mime: string } | undefined, bytes: Uint8Array): Detected | undefined {
  if (detected) {
    const known = KNOWN[detected.mime];
    if (known) return { detected: known };
    return /svg/i.test(headText(bytes)) ? { detected: "svg" } : { detected: "other", detectedExt: detected.ext };
  }
  // file-type only knows binary formats; text is told apart here.
  const head = headText(bytes);
  if (/<svg[\s/>]/i.test(head)) return { detected: "svg" };
  if (/<(?:!doctype|html|head|body|script)[\s/>]/i.test(head)) return { detected: "html" };
  if (!head.includes("\u0000")) return { detected: "text" };
  return undefined;
}

function headText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
}
