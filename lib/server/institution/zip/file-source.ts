import "server-only";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { ZipSource } from "./read-zip";

/**
 * A zip on disk as a ZipSource (ADR 108): each read is one positioned read of just the bytes
 * asked for, so a 1 GB archive costs its central directory and one entry of memory at a time.
 * Call `close` when done.
 */
export function openFileSource(path: string): ZipSource & { close(): void } {
  const fd = openSync(path, "r");
  const size = fstatSync(fd).size;
  return {
    size,
    read(position, length) {
      const wanted = Math.max(0, Math.min(length, size - position));
      const buffer = Buffer.allocUnsafe(wanted);
      let done = 0;
      while (done < wanted) {
        const n = readSync(fd, buffer, done, wanted - done, position + done);
        if (n === 0) break;
        done += n;
      }
      return buffer.subarray(0, done);
    },
    close: () => closeSync(fd),
  };
}
