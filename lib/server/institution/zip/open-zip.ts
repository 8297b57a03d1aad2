import "server-only";
import { AppError } from "@/lib/app-error";
import { ZIP_LIMITS, checkZipDirectory, type ArchiveLimits } from "@/lib/domain/roster/zip-limits";
import { checkZipPath } from "@/lib/domain/roster/zip-names";
import { ZipFormatError, readZipDirectory, type ZipEntry, type ZipSource } from "./read-zip";

export interface OpenedZip {
  /** Entries that are files with a harmless path, with the name to match (the last path part). */
  files: { entry: ZipEntry; baseName: string }[];
  /** Folders and system files (__MACOSX, Thumbs.db): nothing to import, listed so nobody wonders. */
  ignored: { name: string; reason: "directory" | "hidden" }[];
}

/**
 * Everything decided before one byte is inflated: the archive is a zip we read, its central
 * directory is within the limits (count, per-entry and total unpacked size, ratio), and no
 * entry's path climbs out of its folder or is absolute. Any of these refuses the whole zip,
 * cleanly, as an INVALID AppError: nothing has been stored.
 */
export function openZip(zip: Uint8Array | ZipSource, limits: ArchiveLimits = ZIP_LIMITS): OpenedZip {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(zip, limits.maxEntries);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new AppError("INVALID", `institution.errors.zip.${error.reason}`);
    throw error;
  }
  const verdict = checkZipDirectory(entries, limits);
  if (!verdict.ok)
    throw new AppError(
      "INVALID",
      `institution.errors.zip.${verdict.reason}`,
      verdict.name ? { file: [{ key: "ruleFailures.zip.entry", params: { name: verdict.name } }] } : {},
    );
  const opened: OpenedZip = { files: [], ignored: [] };
  for (const entry of entries) {
    const path = checkZipPath(entry.name);
    if (path.ok) {
      opened.files.push({ entry, baseName: path.baseName });
    } else if (path.reason === "traversal" || path.reason === "absolute") {
      throw new AppError("INVALID", "institution.errors.zip.unsafePath", {
        file: [{ key: "ruleFailures.zip.unsafeEntry", params: { name: entry.name, reason: path.reason } }],
      });
    } else {
      opened.ignored.push({ name: entry.name, reason: path.reason });
    }
  }
  if (opened.files.length === 0) throw new AppError("INVALID", "institution.errors.zip.empty");
  return opened;
}
