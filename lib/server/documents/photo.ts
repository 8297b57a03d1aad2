import "server-only";

export interface PhotoDto {
  bytes: Uint8Array;
  mime: "image/jpeg" | "image/png";
}

const SIGNATURES: Record<PhotoDto["mime"], number[]> = {
  "image/jpeg": [0xff, 0xd8, 0xff],
  "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/**
 * The photo as react-pdf wants it. A Buffer (not `{ data, format }`) on purpose: react-pdf
 * keeps `{ data }` sources in a process-wide cache keyed by their base64 text, which would
 * hold candidates' photos in memory and cost a base64 encoding each. react-pdf only
 * console.warns on a broken image and prints an empty box, so bytes that do not match their
 * type are refused here: a ticket without its photo is useless at the door (七).
 */
export function photoSource(photo: PhotoDto): Buffer {
  const signature = SIGNATURES[photo.mime];
  if (!signature.every((byte, i) => photo.bytes[i] === byte)) {
    throw new RangeError(`photo bytes are not ${photo.mime}`);
  }
  return Buffer.from(photo.bytes.buffer, photo.bytes.byteOffset, photo.bytes.byteLength);
}
