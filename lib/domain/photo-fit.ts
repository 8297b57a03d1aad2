import { KB, UPLOAD_RULES, type UploadRule } from "./upload-rules";

/**
 * What the browser does with a chosen file before it uploads it (issue 14, issue 16, ADR 092):
 * pure decisions, so the upload field and its tests agree. The server checks everything again
 * (lib/server/uploads) and still fits what an old browser sends.
 *
 * The notice asks for a photo and scans of 200–300 KB (四(一)2, 四(二)2); a phone camera takes
 * 3–5 MB pictures. Fitting them here sends a tenth of the bytes over a phone connection and
 * spares the server a decode. The candidate photo is a 1-inch ID photo, 25 × 35 mm: the browser
 * offers a crop in that proportion.
 */

/** Width over height of a 1-inch photo (一寸, 25 × 35 mm). */
export const PHOTO_ASPECT = 25 / 35;

/**
 * The long edge the fitted image starts from. A 1-inch photo at 300 dpi is 295 × 413 pixels, but
 * as a JPEG that weighs 40–60 KB, below the notice's 200 KB: 1,000 × 1,400 lands a camera photo
 * in range at a good quality. Scans: A4 at 200 dpi, as the server's auto-fit (auto-fit.ts).
 */
export const PHOTO_LONG_EDGE = 1400;
export const SCAN_LONG_EDGE = 2339;
/** Second try when the first came out under the minimum: more pixels, top quality. */
export const RETRY_EDGE_FACTOR = 1.4;

/** What the upload field does with a file as soon as it is chosen. */
export type BrowserPlan =
  /** Sent as chosen: a PDF, or an image already in range (a scan). */
  | "upload"
  /** Fitted into range, then shown beside the original with "use this / use the original". */
  | "fit"
  /** The candidate photo: cropped to 25 × 35 and fitted, then the same choice. */
  | "crop";

export function browserPlan(kind: string, mime: string, size: number, rule: UploadRule = UPLOAD_RULES.attachment): BrowserPlan {
  const image = mime === "image/jpeg" || mime === "image/png";
  if (!image) return "upload";
  if (kind === "PHOTO") return "crop";
  return size >= rule.minBytes && size <= rule.maxBytes ? "upload" : "fit";
}

/**
 * The ceiling handed to the compression library: a little under the rule's maximum, since
 * encoders round and the library stops at the first result under its limit.
 */
export function fitCeilingBytes(rule: UploadRule = UPLOAD_RULES.attachment): number {
  return rule.maxBytes - 8 * KB;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest area of `aspect` centred in a width × height picture: the crop before the candidate moves it. */
export function centeredCrop(width: number, height: number, aspect: number = PHOTO_ASPECT): Area {
  if (width <= 0 || height <= 0) return { x: 0, y: 0, width: 0, height: 0 };
  const cropWidth = Math.min(width, Math.round(height * aspect));
  const cropHeight = Math.min(height, Math.round(cropWidth / aspect));
  return {
    x: Math.floor((width - cropWidth) / 2),
    y: Math.floor((height - cropHeight) / 2),
    width: cropWidth,
    height: cropHeight,
  };
}

/**
 * The pixel size of the fitted image: the crop scaled so its long edge is `longEdge`, never
 * enlarged (enlarging invents nothing, and the server would fit an undersized file anyway).
 */
export function outputSize(area: Pick<Area, "width" | "height">, longEdge: number): { width: number; height: number } {
  const long = Math.max(area.width, area.height);
  const scale = long > longEdge ? longEdge / long : 1;
  return { width: Math.max(1, Math.round(area.width * scale)), height: Math.max(1, Math.round(area.height * scale)) };
}

/** Whether a fitted result may be offered as it is: within the rule's range. */
export function withinRule(size: number, rule: UploadRule = UPLOAD_RULES.attachment): boolean {
  return size >= rule.minBytes && size <= rule.maxBytes;
}
