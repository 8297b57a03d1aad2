import { closeSync, mkdirSync, openSync, statSync, writeSync } from "node:fs";
import path from "node:path";
import { zipEnd, zipEntryRecords } from "../../tests/support/zip-records";

/** A zip written entry by entry to `file` (stored, UTF-8 names), never whole in memory. */
export function writeArchive(file: string, entries: Iterable<{ name: string; data: Uint8Array }>): number {
  mkdirSync(path.dirname(file), { recursive: true });
  const fd = openSync(file, "w");
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  const write = (b: Uint8Array) => {
    writeSync(fd, b);
    offset += b.byteLength;
  };
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const records = zipEntryRecords({ name: nameBytes, data, offset, utf8Name: true });
    central.push(records.central, nameBytes);
    write(records.local);
    write(nameBytes);
    write(data);
    count++;
  }
  const directory = Buffer.concat(central);
  const directoryAt = offset;
  write(directory);
  write(zipEnd(count, directory.byteLength, directoryAt));
  closeSync(fd);
  return statSync(file).size;
}
