import { crc32 } from "node:zlib";

/**
 * The fixed-size records of a stored (uncompressed) zip entry: the local header that goes before
 * its name and data at `offset`, and its record in the central directory (followed by the name).
 * `utf8Name` sets the flag that says the name is UTF-8 (Chinese file names).
 */
export function zipEntryRecords(entry: { name: Uint8Array; data: Uint8Array; offset: number; utf8Name: boolean }) {
  const { name, data, offset } = entry;
  const flags = entry.utf8Name ? 0x800 : 0;
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.byteLength, 18);
  local.writeUInt32LE(data.byteLength, 22);
  local.writeUInt16LE(name.byteLength, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(flags, 8);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.byteLength, 20);
  central.writeUInt32LE(data.byteLength, 24);
  central.writeUInt16LE(name.byteLength, 28);
  central.writeUInt32LE(offset, 42);
  return { local, central };
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
