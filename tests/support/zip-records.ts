import { crc32 } from "node:zlib";

/**
 * The fixed-size records of a stored (uncompressed) zip entry: the local header that goes before
 * its name and data at `offset`, and its record in the central directory (followed by the name).
 * `utf8Name` sets the flag that says the name is UTF-8 (Chinese file names).
 */
export function zipEntryRecords(entry: { name: Uint8Array; data: Uint8Array; offset: number; utf8Name: boolean }) {
  const { name, data, offset } = entry;
  const shared = { flags: entry.utf8Name ? 0x800 : 0, crc: crc32(data), size: data.byteLength, nameLength: name.byteLength };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  writeShared(local, 4, shared);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4); // version made by
  writeShared(central, 6, shared);
  central.writeUInt32LE(offset, 42);
  return { local, central };
}

/**
 * The fields both records carry, in the same order from "version needed" on: at 4 in the local
 * header, at 6 in the central record (after its "version made by"). Stored, so both sizes are the data's.
 */
function writeShared(record: Buffer, at: number, entry: { flags: number; crc: number; size: number; nameLength: number }): void {
  record.writeUInt16LE(20, at); // version needed: 2.0
  record.writeUInt16LE(entry.flags, at + 2);
  record.writeUInt32LE(entry.crc, at + 10);
  record.writeUInt32LE(entry.size, at + 14);
  record.writeUInt32LE(entry.size, at + 18);
  record.writeUInt16LE(entry.nameLength, at + 22);
}

/** The end-of-central-directory record of a zip of `count` entries. */
export function zipEnd(count: number, directoryBytes: number, directoryAt: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directoryBytes, 12);
  end.writeUInt32LE(directoryAt, 16);
  return end;
}
