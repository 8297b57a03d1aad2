import "server-only";
import { crc32, deflateSync } from "node:zlib";
import QRCode from "qrcode";

/** Pixels per module: sharp edges in viewers that smooth upscaled images, still ~1 KB. */
const SCALE = 4;
/** The standard asks for 4 modules of quiet zone; the layouts leave blank paper around the code for the rest. */
const MARGIN = 2;

/**
 * A QR code for a verification URL as a 1-bit grayscale PNG.
 *
 * Not `QRCode.toBuffer`: that writes an RGBA PNG, which pdfkit must decode in JavaScript and
 * split into an image and an alpha mask. Measured on a 200-ticket batch, that encode/decode
 * pair was ~6 ms per ticket, a third of the budget (bench/tickets.ts). A 1-bit PNG without
 * alpha goes into the PDF as is (its deflate stream becomes the image stream).
 *
 * Level M (15% recovery) survives a smudged or folded print; the URL is given as one byte
 * segment, which skips qrcode's segment optimiser (a shortest-path search per code).
 */
export function qrPng(text: string): Buffer {
  const { modules } = QRCode.create([{ data: Buffer.from(text, "utf8"), mode: "byte" }], { errorCorrectionLevel: "M" });
  const size = modules.size;
  const pixels = (size + 2 * MARGIN) * SCALE;
  const rowBytes = Math.ceil(pixels / 8);
  // Each scanline: filter type 0, then 8 pixels per byte, 1 = white. Start all white.
  const raw = Buffer.alloc((rowBytes + 1) * pixels, 0xff);
  for (let y = 0; y < pixels; y++) raw[y * (rowBytes + 1)] = 0;
  for (let my = 0; my < size; my++) {
    for (let mx = 0; mx < size; mx++) {
      if (!modules.get(my, mx)) continue;
      for (let dy = 0; dy < SCALE; dy++) {
        const row = (my + MARGIN) * SCALE + dy;
        for (let dx = 0; dx < SCALE; dx++) {
          const x = (mx + MARGIN) * SCALE + dx;
          const i = row * (rowBytes + 1) + 1 + (x >> 3);
          raw[i] = (raw[i] ?? 0) & ~(0x80 >> (x & 7));
        }
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0);
  header.writeUInt32BE(pixels, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, grayscale, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "ascii");
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
