import {
  PHOTO_LONG_EDGE,
  RETRY_EDGE_FACTOR,
  SCAN_LONG_EDGE,
  centeredCrop,
  fitCeilingBytes,
  outputSize,
  withinRule,
  type Area,
} from "@/lib/domain/photo-fit";
import { MB } from "@/lib/domain/upload-rules";
import type imageCompressionType from "browser-image-compression";

/**
 * Fits an image in the browser before upload (ADR 092): the crop drawn on a canvas, then
 * browser-image-compression brings it under the 300 KB ceiling (quality and scale, EXIF
 * orientation applied). On the main thread: the library's Web Worker loads its script from a
 * CDN, which the portal's CSP (rightly) refuses. The library is loaded only when a file is chosen.
 */
export interface Fitted {
  file: File;
  width: number;
  height: number;
}

type Compress = typeof imageCompressionType;

let library: Promise<Compress> | null = null;
function compression(): Promise<Compress> {
  library ??= import("browser-image-compression").then((m) => m.default);
  return library;
}

function fittedName(name: string): string {
  const base = name.replace(/\.[^.]*$/, "") || "photo";
  return `${base}.jpg`;
}

async function imageSize(file: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(file);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

/** The crop as a JPEG of at most `longEdge` pixels, drawn from the upright picture. */
async function cropToFile(source: File, area: Area, longEdge: number): Promise<File> {
  // createImageBitmap applies the EXIF orientation (imageOrientation "from-image" is the default),
  // as the <img> the candidate cropped on does, so the crop's coordinates match.
  const bitmap = await createImageBitmap(source);
  const size = outputSize(area, longEdge);
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  context.fillStyle = "#ffffff"; // JPEG has no transparency: a PNG's transparent parts become white, as on the server
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(bitmap, area.x, area.y, area.width, area.height, 0, 0, size.width, size.height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.95));
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error("no blob");
  return new File([blob], fittedName(source.name), { type: "image/jpeg" });
}

async function compress(input: File, longEdge: number, quality: number): Promise<File> {
  const imageCompression = await compression();
  const out = await imageCompression(input, {
    maxSizeMB: fitCeilingBytes() / MB,
    maxWidthOrHeight: longEdge,
    initialQuality: quality,
    fileType: "image/jpeg",
    useWebWorker: false,
    maxIteration: 15,
  });
  return new File([out], fittedName(input.name), { type: "image/jpeg" });
}

/**
 * The chosen image fitted into 200–300 KB: cropped to `area` (the photo) or whole (a scan). A
 * first try at the usual size; when that comes out under 200 KB (a plain background compresses
 * well), one more with more pixels at top quality. The best result is returned even if still
 * outside the range: the server fits it and asks the candidate, as for an old browser.
 */
export async function fitInBrowser(source: File, area: Area | null): Promise<Fitted> {
  const baseEdge = area ? PHOTO_LONG_EDGE : SCAN_LONG_EDGE;
  const attempts = [
    { edge: baseEdge, quality: 0.9 },
    { edge: Math.round(baseEdge * RETRY_EDGE_FACTOR), quality: 1 },
  ];
  let best: File | null = null;
  for (const { edge, quality } of attempts) {
    const input = area ? await cropToFile(source, area, edge) : source;
    const out = await compress(input, edge, quality);
    if (!best || Math.abs(out.size - 250 * 1024) < Math.abs(best.size - 250 * 1024)) best = out;
    if (withinRule(out.size)) break;
  }
  if (!best) throw new Error("not fitted");
  return { file: best, ...(await imageSize(best)) };
}

/** The 25 × 35 crop centred in the upright picture: what is fitted before the candidate moves the frame. */
export async function centeredPhotoArea(file: File): Promise<Area> {
  const { width, height } = await imageSize(file);
  return centeredCrop(width, height);
}
