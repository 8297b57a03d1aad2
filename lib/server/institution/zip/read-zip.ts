import "server-only";
import { crc32, inflateRawSync } from "node:zlib";
import iconv from "iconv-lite";

/**
 * A small zip reader (APPNOTE 6.3: end of central directory, central directory, local headers)
 * instead of a library, because the defences against hostile archives need control a library
 * does not give (docs/decisions/032-zip-attachments.md):
 * - sizes are read from the central directory first, so limits apply before anything inflates;
 * - each entry inflates with `maxOutputLength` = its declared size, so an entry that lies
 *   about its size stops at that size instead of filling memory, and then fails its length
 *   and CRC-32 check;
 * - nothing is ever written to disk, so an entry's name is only a label;
 * - the bytes come from a ZipSource: memory, or a file read piece by piece (ADR 108).
 * Zip64, encryption and methods other than stored and deflate are refused: a zip of scans
 * within our limits never needs them.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  flags: number;
  crc: number;
  localHeaderOffset: number;
}

export type ZipErrorReason = "not-zip" | "zip64" | "encrypted" | "method" | "corrupt" | "too-many-entries";

export class ZipFormatError extends Error {
  constructor(readonly reason: ZipErrorReason) {
    super(`zip: ${reason}`);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_FLAG = 0x800;
const UNICODE_PATH_EXTRA = 0x7075;

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const last = view.byteLength - 22;
  for (let at = last; at >= Math.max(0, last - 65_535); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError("not-zip");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Names in zips made by Windows' "发送到压缩文件夹", WinRAR or 360压缩 on Chinese systems are GBK
 * without the UTF-8 flag; newer tools set the flag or add the Info-ZIP Unicode Path field.
 */
function decodeName(raw: Uint8Array, flags: number, extra: Uint8Array): string {
  if (flags & UTF8_FLAG) return Buffer.from(raw).toString("utf8");
  const extraView = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 4 <= extra.byteLength;) {
    const id = extraView.getUint16(at, true);
    const size = extraView.getUint16(at + 2, true);
    // Version byte, CRC-32 of the plain name, then the UTF-8 name.
    if (id === UNICODE_PATH_EXTRA && size > 5) return Buffer.from(extra.subarray(at + 9, at + 4 + size)).toString("utf8");
    at += 4 + size;
  }
  try {
    return utf8.decode(raw);
  } catch {
    return iconv.decode(Buffer.from(raw), "gb18030");
  }
}

/**
 * Random access to a zip's bytes: the whole archive in memory, or a file on disk read piece by
 * piece (a resumable archive of up to 1 GB, ADR 108: only the central directory and one entry at
 * a time are ever in memory). `read` returns fewer bytes than asked only at the end of the file.
 */
export interface ZipSource {
  size: number;
  read(position: number, length: number): Uint8Array;
}

export function bytesSource(bytes: Uint8Array): ZipSource {
  return {
    size: bytes.byteLength,
    read: (position, length) => bytes.subarray(position, Math.min(bytes.byteLength, position + length)),
  };
}

const asSource = (input: Uint8Array | ZipSource): ZipSource => (input instanceof Uint8Array ? bytesSource(input) : input);

/** The central directory, refusing more than `maxEntries` before reading any of them. */
export function readZipDirectory(input: Uint8Array | ZipSource, maxEntries: number): ZipEntry[] {
  return readDirectory(asSource(input), maxEntries).entries;
}

function readDirectory(source: ZipSource, maxEntries: number): { entries: ZipEntry[]; offset: number } {
  if (source.size < 22) throw new ZipFormatError("not-zip");
  // The end record is 22 bytes plus a comment of at most 65,535: only that tail is read to find it.
  const tailStart = Math.max(0, source.size - 22 - 65_535);
  const tail = source.read(tailStart, source.size - tailStart);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const endInTail = findEndOfDirectory(tailView);
  const end = tailStart + endInTail;
  const count = tailView.getUint16(endInTail + 10, true);
  const size = tailView.getUint32(endInTail + 12, true);
  const offset = tailView.getUint32(endInTail + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) throw new ZipFormatError("zip64");
  if (count > maxEntries) throw new ZipFormatError("too-many-entries");
  if (offset + size > end) throw new ZipFormatError("corrupt");
  // Positions below are within the directory (from `offset` up to the end record).
  const bytes = source.read(offset, end - offset);
  const limit = bytes.byteLength;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > limit || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError("corrupt");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > limit) throw new ZipFormatError("corrupt");
    const entry: ZipEntry = {
      name: decodeName(
        bytes.subarray(nameStart, nameStart + nameLength),
        flags,
        bytes.subarray(nameStart + nameLength, nameStart + nameLength + extraLength),
      ),
      method: view.getUint16(at + 10, true),
      flags,
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.uncompressedSize === 0xffffffff || entry.localHeaderOffset === 0xffffffff) {
      throw new ZipFormatError("zip64");
    }
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return { entries, offset };
}

/**
 * For archives another library will unpack by walking the local headers (exceljs does):
 * the local entries must be exactly those of the central directory, back to back, so nothing
 * hides between them, and each must unpack to its declared size with its CRC. Then the limits
 * checked on the directory hold for whatever walks the file. Inflates each entry once, bounded.
 */
export function verifyZip(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const { entries, offset } = readDirectory(bytesSource(bytes), maxEntries);
  let expected = 0;
  for (const entry of [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset)) {
    if (entry.localHeaderOffset !== expected) throw new ZipFormatError("corrupt");
    const end = localEntryEnd(bytes, entry);
    extractZipEntry(bytes, entry);
    expected = end;
  }
  if (expected !== offset) throw new ZipFormatError("corrupt");
  return entries;
}

/** Where an entry's local record (header, name, extra, data, data descriptor) ends. */
function localEntryEnd(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength) throw new ZipFormatError("corrupt");
  let end = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + entry.compressedSize;
  // A data descriptor (flag bit 3) follows the data: 12 bytes, or 16 with its optional signature.
  if (entry.flags & 0x8) end += end + 4 <= bytes.byteLength && view.getUint32(end, true) === 0x08074b50 ? 16 : 12;
  if (end > bytes.byteLength) throw new ZipFormatError("corrupt");
  return end;
}

/**
 * The same archive with the local records of `first` (in that order) moved to the front, for a
 * reader that walks local headers one by one (exceljs' WorkbookReader): it parks a worksheet met
 * before the shared strings in a temporary file whose descriptor it only closes when the caller
 * reads every sheet to the end, so each roster read leaked descriptors until the process ran
 * out. The central directory is copied unchanged: a streaming reader stops at its signature and
 * never uses its offsets. Call after verifyZip, which proved the records back to back.
 */
export function moveEntriesFirst(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  first: readonly string[],
  prepend: readonly Uint8Array[] = [],
): Buffer {
  const sorted = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const rank = (e: ZipEntry) => {
    const i = first.indexOf(e.name);
    return i === -1 ? first.length : i;
  };
  // Array.prototype.sort is stable: entries not named keep their original order.
  const ordered = [...sorted].sort((a, b) => rank(a) - rank(b));
  const directoryStart = sorted.length > 0 ? localEntryEnd(bytes, sorted[sorted.length - 1]!) : 0;
  return Buffer.concat([
    ...prepend,
    ...ordered.map((e) => bytes.subarray(e.localHeaderOffset, localEntryEnd(bytes, e))),
    bytes.subarray(directoryStart),
  ]);
}

/** One entry's bytes, never more than it declared; checked against its length and CRC-32. */
export function extractZipEntry(input: Uint8Array | ZipSource, entry: ZipEntry): Uint8Array {
  if (entry.flags & 0x1) throw new ZipFormatError("encrypted");
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError("method");
  const source = asSource(input);
  const at = entry.localHeaderOffset;
  const header = source.read(at, 30);
  if (header.byteLength < 30) throw new ZipFormatError("corrupt");
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (view.getUint32(0, true) !== LOCAL) throw new ZipFormatError("corrupt");
  const start = at + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const data = source.read(start, entry.compressedSize);
  if (data.byteLength !== entry.compressedSize) throw new ZipFormatError("corrupt");
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else {
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      // Corrupt data, or more bytes than declared (ERR_BUFFER_TOO_LARGE): either way not a file we take.
      throw new ZipFormatError("corrupt");
    }
  }
  if (out.byteLength !== entry.uncompressedSize || crc32(out) !== entry.crc) throw new ZipFormatError("corrupt");
  return out;
}

/** One stored (uncompressed) local record, for moveEntriesFirst's `prepend`. */
export function storedLocalEntry(name: string, data: Uint8Array): Buffer {
  const nameBytes = Buffer.from(name, "utf8");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0
  header.writeUInt16LE(UTF8_FLAG, 6);
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.byteLength, 18);
  header.writeUInt32LE(data.byteLength, 22);
  header.writeUInt16LE(nameBytes.byteLength, 26);
  return Buffer.concat([header, nameBytes, data]);
}
