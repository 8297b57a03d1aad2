import "server-only";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata } from "sharp";
import {
  HARD_CAP_BYTES,
  checkImageDimensions,
  isAllowedMime,
  type AllowedMime,
  type UploadPurpose,
} from "@/lib/domain/upload-rules";
import { describeType } from "./describe-type";
import { containsMarkup } from "./markup-scan";
import { containsScript, looksComplete } from "./pdf-checks";
import { refuse, type UploadRefusal } from "./refusal";

export interface InspectedUpload {
  ok: true;
  kind: "image" | "pdf";
  /** The type the bytes really have; the file name's extension plays no part. */
  mime: AllowedMime;
  size: number;
  width?: number;
  height?: number;
  /** EXIF orientation 1–8 when the image has one (6 and 8: the picture is stored sideways). */
  orientation?: number;
}

/**
 * What an uploaded file really is, and whether the portal may look at it further. Cheapest and
 * most dangerous checks first: size before reading anything, magic bytes before trusting the
 * type, markup before any viewer sees it, image header dimensions before any pixel is decoded.
 * The 200–300 KB rule is not applied here (accept-upload.ts decides, since auto-fit can fix it).
 */
export async function inspectUpload(bytes: Uint8Array, purpose: UploadPurpose): Promise<InspectedUpload | UploadRefusal> {
  const size = bytes.byteLength;
  if (size === 0) return refuse("empty", { purpose, size });
  if (size > HARD_CAP_BYTES) return refuse("over-hard-cap", { purpose, size });

  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !isAllowedMime(detected.mime)) {
    return refuse("unsupported-type", { purpose, size, ...describeType(detected, bytes) });
  }
  const mime = detected.mime;
  const kind = mime === "application/pdf" ? "pdf" : "image";
  if (containsMarkup(bytes)) return refuse("markup-in-file", { purpose, size, kind });

  if (kind === "pdf") {
    if (!looksComplete(bytes)) return refuse("corrupt", { purpose, size, kind });
    if (containsScript(bytes)) return refuse("pdf-script", { purpose, size, kind });
    return { ok: true, kind, mime, size };
  }

  // metadata() parses the header only. The pixel limit is lifted for this call so a huge image
  // reports its dimensions (a useful message) instead of a generic error; every call that
  // decodes pixels (auto-fit) keeps sharp's limitInputPixels at MAX_IMAGE_PIXELS.
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return refuse("corrupt", { purpose, size, kind });
  }
  const { width, height } = meta;
  if (!width || !height || meta.format !== (mime === "image/png" ? "png" : "jpeg"))
    return refuse("corrupt", { purpose, size, kind });
  if (checkImageDimensions(width, height) !== "ok") return refuse("image-too-large", { purpose, size, kind, width, height });
  return { ok: true, kind, mime, size, width, height, ...(meta.orientation ? { orientation: meta.orientation } : {}) };
}
