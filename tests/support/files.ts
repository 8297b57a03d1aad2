import { constants, crc32, deflateRawSync } from "node:zlib";
import sharp from "sharp";
import { zipEnd, zipEntryRecords } from "./zip-records";

/**
 * Real files for upload tests, made on the fly (no binary fixtures in the repository). Sizes are
 * exact: an encoder gets close, then a comment segment (JPEG COM, PNG private chunk, PDF comment)
 * pads to the byte, so a test can sit on a boundary such as 204,800 bytes. Pixels come from a
 * seeded generator, so the same call gives the same bytes; pass another `seed` for a different file.
 */

export const sizeKb = (n: number): number => Math.round(n * 1024);

const encoder = new TextEncoder();

export interface ImageOptions {
  targetBytes: number;
  width?: number;
  height?: number;
  /** EXIF orientation 1–8 (6: the camera was turned, the viewer rotates 90° clockwise). */
  orientation?: number;
  seed?: number;
  /** Pad to exactly `targetBytes` (default); `false` leaves the encoder's size (at most the target). */
  exact?: boolean;
}

/** Seeded xorshift32: the same seed gives the same bytes on every machine. */
function noiseBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let s = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  return out;
}

/** Mid-grey with noise of the given amplitude (0–1): noise compresses poorly, so its amount steers the size. */
function scale(noise: Buffer, amplitude: number): Buffer {
  const out = Buffer.alloc(noise.length);
  for (let i = 0; i < noise.length; i++) out[i] = 128 + Math.round(((noise[i] ?? 128) - 128) * amplitude);
  return out;
}

/**
 * JPEG pixels: a 256 × 256 noise tile repeated. JPEG codes each 8 × 8 block on its own, so a
 * tiled picture weighs what a fully random one would, and a 12-megapixel image is ready at once.
 */
function tiledPixels(width: number, height: number, seed: number): Buffer {
  const tile = 256;
  const noise = scale(noiseBytes(tile * tile * 3, seed), 0.35);
  const row = Buffer.alloc(width * 3);
  const out = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    const source = noise.subarray((y % tile) * tile * 3, ((y % tile) + 1) * tile * 3);
    for (let x = 0; x < width; x += tile) source.copy(row, x * 3, 0, Math.min(tile, width - x) * 3);
    row.copy(out, y * width * 3);
  }
  return out;
}

/**
 * A knob value in [lo, hi] whose output is at most `target` and, when possible, within 10 % of
 * it (the padding makes up the rest): a bisection that stops early, about 4 encodes.
 */
async function searchUnder(lo: number, hi: number, target: number, make: (knob: number) => Promise<Buffer>): Promise<Buffer> {
  let best: Buffer | null = null;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const out = await make(mid);
    if (out.length <= target) {
      best = out;
      if (out.length >= target * 0.9) break;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (!best) throw new RangeError(`cannot encode an image as small as ${target} bytes at these dimensions`);
  return best;
}

function defaultDimensions(pixelCount: number): { width: number; height: number } {
  const width = Math.max(16, Math.round(Math.sqrt((pixelCount * 4) / 3)));
  return { width, height: Math.max(12, Math.round((width * 3) / 4)) };
}

export async function makeJpeg(options: ImageOptions): Promise<Uint8Array<ArrayBuffer>> {
  const { targetBytes, orientation, seed = 1, exact = true } = options;
  // About 0.3 bytes per pixel at quality 80 with this noise: the middle of the quality range.
  const fallback = defaultDimensions(targetBytes / 0.3);
  const width = options.width ?? fallback.width;
  const height = options.height ?? fallback.height;
  const raw = tiledPixels(width, height, seed);
  // Room for the smallest COM segment (4 bytes), so any gap can be padded.
  const jpeg = await searchUnder(1, 100, exact ? targetBytes - 4 : targetBytes, (quality) => {
    const img = sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality });
    return (orientation ? img.withMetadata({ orientation }) : img).toBuffer();
  });
  return exact ? padJpeg(jpeg, targetBytes) : new Uint8Array(jpeg);
}

export async function makePng(options: Omit<ImageOptions, "orientation">): Promise<Uint8Array<ArrayBuffer>> {
  const { targetBytes, seed = 1, exact = true } = options;
  // PNG keeps noise almost byte for byte: ~2 bytes per pixel at a middling amount of noise.
  const fallback = defaultDimensions(targetBytes / 2);
  const width = options.width ?? fallback.width;
  const height = options.height ?? fallback.height;
  // PNG would find a repeated tile (deflate looks back 32 KB), so this noise is random throughout.
  const noise = noiseBytes(width * height * 3, seed);
  const png = await searchUnder(0, 64, exact ? targetBytes - 12 : targetBytes, (step) =>
    sharp(scale(noise, step / 64), { raw: { width, height, channels: 3 } })
      .png()
      .toBuffer(),
  );
  return exact ? padPng(png, targetBytes) : new Uint8Array(png);
}

/** Inserts COM segments after the APPn headers until the file is `target` bytes. */
function padJpeg(jpeg: Buffer, target: number): Uint8Array<ArrayBuffer> {
  let at = 2;
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff && ((jpeg[at + 1] ?? 0) & 0xf0) === 0xe0) at += 2 + jpeg.readUInt16BE(at + 2);
  const segments: Buffer[] = [];
  let missing = target - jpeg.length;
  while (missing > 0) {
    const total = Math.min(missing, 65_537);
    // Never leave a remainder a segment header cannot hold.
    const take = missing - total > 0 && missing - total < 4 ? total - 4 : total;
    segments.push(comSegment(Buffer.alloc(take - 4, 0x20)));
    missing -= take;
  }
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, at), ...segments, jpeg.subarray(at)]));
}

function comSegment(payload: Buffer | Uint8Array): Buffer {
  const head = Buffer.from([0xff, 0xfe, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A private ancillary chunk ("prVt") before IEND: decoders skip it. */
function padPng(png: Buffer, target: number): Uint8Array<ArrayBuffer> {
  const missing = target - png.length;
  const iend = png.length - 12;
  return new Uint8Array(Buffer.concat([png.subarray(0, iend), pngChunk("prVt", Buffer.alloc(missing - 12)), png.subarray(iend)]));
}

/** A one-page PDF that viewers open, padded with comment lines to exactly `targetBytes`. */
export function makePdf(targetBytes: number): Uint8Array<ArrayBuffer> {
  const content = "BT /F1 24 Tf 72 720 Td (Scanned document) Tj ET";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  const build = (padding: string): string => {
    let body = `%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n${padding}`;
    const offsets: number[] = [];
    objects.forEach((object, i) => {
      offsets.push(Buffer.byteLength(body, "latin1"));
      body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    });
    const xref = Buffer.byteLength(body, "latin1");
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    body += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
    return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  };
  const padding = (missing: number): string => {
    // Comment lines of at most 81 bytes ("%" + filler + "\n"); the last one takes the remainder.
    const lines: string[] = [];
    while (missing > 0) {
      const take = missing >= 82 ? 80 : missing;
      lines.push(take === 1 ? "\n" : `%${"x".repeat(take - 2)}\n`);
      missing -= take;
    }
    return lines.join("");
  };
  let pad = "";
  // Padding moves the objects, and the offsets in the xref table can gain digits: settle in a few rounds.
  for (let round = 0; round < 4; round++) {
    const missing = targetBytes - Buffer.byteLength(build(pad), "latin1");
    if (missing === 0) break;
    if (missing + pad.length < 0) throw new RangeError(`a PDF cannot be as small as ${targetBytes} bytes`);
    pad = padding(pad.length + missing);
  }
  return new Uint8Array(Buffer.from(build(pad), "latin1"));
}

function padText(text: string, targetBytes: number, comment: (filler: string) => string): Uint8Array {
  const missing = targetBytes - encoder.encode(text).length - comment("").length;
  return encoder.encode(text + (missing > 0 ? comment(" ".repeat(missing)) : ""));
}

/** An HTML page with a script, as someone would rename it to `photo.jpg`. */
export function makeHtmlAsJpg(targetBytes = sizeKb(250)): Uint8Array {
  return padText(
    "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
    targetBytes,
    (f) => `<!--${f}-->`,
  );
}

export function makeSvg(targetBytes = sizeKb(250)): Uint8Array {
  return padText(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    targetBytes,
    (f) => `<!--${f}-->`,
  );
}

/** A real JPEG that also carries an HTML page in a comment right after the start marker. */
export async function makePolyglot(targetBytes = sizeKb(250)): Promise<Uint8Array<ArrayBuffer>> {
  const html = comSegment(encoder.encode("<html><body><script>alert(document.cookie)</script></body></html>"));
  const jpeg = await makeJpeg({ targetBytes: targetBytes - html.length, seed: 7 });
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), html, jpeg.subarray(2)]));
}

/** A zip archive with one stored file (what a candidate sends when they zip their scans). */
export function makeZip(): Uint8Array<ArrayBuffer> {
  const name = Buffer.from("scan.jpg");
  const data = Buffer.from("not really a jpeg");
  const { local, central } = zipEntryRecords({ name, data, offset: 0, utf8Name: false });
  const end = zipEnd(1, central.length + name.length, local.length + name.length + data.length);
  return new Uint8Array(Buffer.concat([local, name, data, central, name, end]));
}

let hugePng: Uint8Array<ArrayBuffer> | undefined;

/**
 * A valid 20,000 × 20,000 PNG (400 megapixels) of about 50 KB, made in ~20 ms: 1-bit black
 * pixels, so every row is zeros, and the zlib stream repeats one independently flushed deflate
 * block of 1,000 rows instead of compressing 50 MB. Decoding it would need 400 MB or more.
 */
export function makeHugePng(): Uint8Array<ArrayBuffer> {
  if (hugePng) return hugePng;
  const side = 20_000;
  const rowBytes = 1 + side / 8; // filter byte + 1 bit per pixel
  const rowsPerBlock = 1000;
  const block = deflateRawSync(Buffer.alloc(rowBytes * rowsPerBlock), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const total = rowBytes * side;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((((total % 65521) << 16) >>> 0) | 1) >>> 0); // adler32 of zeros: a = 1, b = length
  const zlibStream = Buffer.concat([
    Buffer.from([0x78, 0xda]),
    ...Array.from({ length: side / rowsPerBlock }, () => block),
    Buffer.from([0x03, 0x00]), // empty final block
    adler,
  ]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 1; // bit depth 1, colour type 0 (grey), default compression/filter/interlace
  hugePng = new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      pngChunk("IHDR", ihdr),
      pngChunk("IDAT", zlibStream),
      pngChunk("IEND", Buffer.alloc(0)),
    ]),
  );
  return hugePng;
}
