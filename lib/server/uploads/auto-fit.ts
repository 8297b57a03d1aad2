import "server-only";
import sharp from "sharp";
import { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, UPLOAD_RULES, type UploadPurpose } from "@/lib/domain/upload-rules";
import { refuse, type UploadRefusal } from "./refusal";

/**
 * Re-encodes an image so it meets the notice's 200–300 KB (四(一)2, 四(二)2) and stands upright,
 * which the notice does not ask for: candidates photograph documents with phones, and a 1.5 MB
 * photo or a 120 KB screenshot should not send them off to find an image editor. The candidate
 * sees before/after and accepts the result (the caller's job); staff get an upright JPEG.
 *
 * Each encode takes 15–20 ms for a typical scan, so the search is bounded: at most
 * MAX_ATTEMPTS encodes, from pixels decoded once.
 */

export const MAX_ATTEMPTS = 8;
/**
 * A4 at 200 dpi (1654 × 2339), the usual resolution for document scans: legible, and at 250 KB
 * it leaves a decent quality. Larger pictures are shrunk to it first; smaller ones are never
 * enlarged past it (a nearly blank page does not become 30 megapixels to weigh 200 KB).
 */
const MAX_LONG_EDGE = 2339;
/** Below this JPEG quality, text blurs sooner than it does by scaling down: scale instead. */
const MIN_QUALITY = 50;
const START_QUALITY = 85;
/** Enlarging invents nothing; past 2× it only makes a small scan look worse. */
const MAX_UPSCALE = 2;

export interface AutoFitted {
  ok: true;
  bytes: Uint8Array;
  mime: "image/jpeg";
  width: number;
  height: number;
  beforeSize: number;
  afterSize: number;
  quality: number;
  attempts: number;
  /** The EXIF orientation turned the picture upright (the UI can say so). */
  rotated: boolean;
}

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  /** False when decoding already shrank the image: enlarging that copy again would only blur it. */
  full: boolean;
  rotated: boolean;
}

/** Decodes once: upright (EXIF orientation applied), on white (JPEG has no transparency), sRGB, capped at A4 300 dpi. */
async function decode(bytes: Uint8Array): Promise<Pixels> {
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .resize({ width: MAX_LONG_EDGE, height: MAX_LONG_EDGE, fit: "inside", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const meta = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  const original = Math.max(meta.width ?? 0, meta.height ?? 0);
  return {
    data,
    width: info.width,
    height: info.height,
    channels: info.channels,
    full: Math.max(info.width, info.height) >= original,
    rotated: (meta.orientation ?? 1) > 1,
  };
}

async function encode(pixels: Pixels, scale: number, quality: number) {
  const width = Math.max(1, Math.round(pixels.width * scale));
  const height = Math.max(1, Math.round(pixels.height * scale));
  let image = sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels } });
  if (width !== pixels.width || height !== pixels.height) image = image.resize({ width, height, fit: "fill" });
  // No metadata is copied: GPS and camera details leave with it, and orientation is already applied.
  // Full-resolution colour at high quality keeps red seals (公章) and coloured text crisp.
  const chromaSubsampling = quality >= 90 ? "4:4:4" : "4:2:0";
  const { data, info } = await image.jpeg({ quality, chromaSubsampling }).toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height };
}

/**
 * Fits a JPEG or PNG (already inspected: a supported type within the pixel limits) into the
 * purpose's size range. Quality moves first when it can close the gap (bisected between
 * MIN_QUALITY and 100), since it keeps every pixel; when the gap is larger, the scale moves
 * instead, at the same quality, by a secant on log(size) against log(scale) (JPEG size grows
 * roughly with the pixel count, i.e. scale², until the two last tries tell better).
 */
export async function autoFitImage(bytes: Uint8Array, purpose: UploadPurpose): Promise<AutoFitted | UploadRefusal> {
  const { minBytes, maxBytes, targetBytes } = UPLOAD_RULES[purpose];
  let pixels: Pixels;
  try {
    pixels = await decode(bytes);
  } catch {
    return refuse("corrupt", { purpose, size: bytes.byteLength, kind: "image" });
  }
  const longEdge = Math.max(pixels.width, pixels.height);
  const maxScale = pixels.full
    ? Math.max(
        1,
        Math.min(
          MAX_UPSCALE,
          MAX_LONG_EDGE / longEdge,
          MAX_IMAGE_SIDE / longEdge,
          Math.sqrt(MAX_IMAGE_PIXELS / (pixels.width * pixels.height)),
        ),
      )
    : 1;
  const minScale = 16 / longEdge;

  let scale = 1;
  let quality = START_QUALITY;
  let mode: "quality" | "scale" = "quality";
  // Quality bisection bounds: highest quality known too small, lowest known too big.
  let tooSmallAt = MIN_QUALITY - 1;
  let tooBigAt = 101;
  let previous: { scale: number; size: number } | null = null;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const out = await encode(pixels, scale, quality);
    const size = out.bytes.byteLength;
    if (size >= minBytes && size <= maxBytes) {
      const { rotated } = pixels;
      return {
        ok: true,
        ...out,
        mime: "image/jpeg",
        beforeSize: bytes.byteLength,
        afterSize: size,
        quality,
        attempts: attempt,
        rotated,
      };
    }
    const ratio = targetBytes / size;
    if (mode === "quality") {
      const next =
        size > maxBytes ? Math.floor((tooSmallAt + quality) / 2) : ratio > 2 ? 100 : Math.ceil((quality + tooBigAt) / 2);
      if (size > maxBytes) tooBigAt = quality;
      else tooSmallAt = quality;
      // Quality lowers the size by about half between 85 and 50: beyond that, or out of room, scale.
      const usable =
        size > maxBytes
          ? ratio >= 0.6 && next >= MIN_QUALITY && next > tooSmallAt
          : next <= 100 && next < tooBigAt && next > quality;
      if (usable) {
        quality = next;
        continue;
      }
      mode = "scale";
    }
    const exponent =
      previous && previous.scale !== scale
        ? Math.min(3, Math.max(0.7, Math.log(size / previous.size) / Math.log(scale / previous.scale)))
        : 2;
    previous = { scale, size };
    const next = Math.min(maxScale, Math.max(minScale, scale * ratio ** (1 / exponent)));
    if (next === scale) break; // enlarged as far as allowed and still too small
    scale = next;
  }
  // The message explains "too little detail" when the original was small, a generic failure otherwise.
  return refuse("cannot-fit", { purpose, size: bytes.byteLength, kind: "image" });
}
