import { MAX_ARCHIVE_UPLOAD_BYTES, MAX_FILE_UPLOAD_BYTES } from "../request-limits";

/**
 * Limits on an uploaded zip, checked on its central directory before a single entry is
 * unpacked (a "zip bomb" declares, or hides, gigabytes behind a few kilobytes). The reader
 * (lib/server/institution/zip/read-zip.ts) also stops inflating at the declared size, so an
 * entry that lies about its size cannot get past these either.
 */
export interface ArchiveLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxRatio: number;
  ratioFloorBytes: number;
}

export const ZIP_LIMITS: ArchiveLimits = {
  /** Seven files for each of 500 candidates, with room for a few stray ones. */
  maxEntries: 4000,
  /** What one entry may unpack to: the upload hard cap (auto-fit can shrink a big photo). */
  maxEntryBytes: 10 * 1024 * 1024,
  /** All entries together. */
  maxTotalBytes: 512 * 1024 * 1024,
  /** Scans are JPEG, PNG or PDF and barely compress; a bomb declares 1000:1 and more. */
  maxRatio: 100,
  /** Below this an entry cannot do harm whatever its ratio (a tiny text file compresses well). */
  ratioFloorBytes: 1024 * 1024,
};

/**
 * A resumable archive (ADR 108): up to MAX_ARCHIVE_UPLOAD_BYTES on disk, entries read one at a
 * time from the file. Seven files for each of 2,500 candidates; scans barely compress, so what
 * the entries unpack to together is bounded by twice the archive's own limit.
 */
export const ARCHIVE_ZIP_LIMITS: ArchiveLimits = {
  ...ZIP_LIMITS,
  maxEntries: 20_000,
  maxTotalBytes: 2 * MAX_ARCHIVE_UPLOAD_BYTES,
};

export interface ZipDirectoryEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipDirectoryVerdict =
  | { ok: true; totalBytes: number }
  | { ok: false; reason: "too-many-entries" | "too-large" | "entry-too-large" | "ratio"; name?: string };

export function checkZipDirectory(
  entries: readonly ZipDirectoryEntry[],
  limits: ArchiveLimits = ZIP_LIMITS,
): ZipDirectoryVerdict {
  if (entries.length > limits.maxEntries) return { ok: false, reason: "too-many-entries" };
  let totalBytes = 0;
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes) return { ok: false, reason: "entry-too-large", name: e.name };
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > Math.max(1, e.compressedSize) * limits.maxRatio) {
      return { ok: false, reason: "ratio", name: e.name };
    }
    totalBytes += e.uncompressedSize;
    if (totalBytes > limits.maxTotalBytes) return { ok: false, reason: "too-large" };
  }
  return { ok: true, totalBytes };
}

/**
 * An xlsx file is a zip of XML, which compresses far better than scans: 50,000 roster rows
 * are about 40 MB of XML in a 3 MB file. The limits still stop a sheet that unpacks to gigabytes.
 */
export const XLSX_LIMITS: ArchiveLimits = {
  maxEntries: 1000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 384 * 1024 * 1024,
  maxRatio: 1000,
  ratioFloorBytes: 1024 * 1024,
};

/** 50,000 candidates is more than all 15 institutions register in a year; a file beyond that is a mistake. */
export const ROSTER_LIMITS = {
  maxRows: 50_000,
  /**
   * The roster file itself (a 50,000-row xlsx is about 3 MB, the same as CSV about 8 MB): the
   * one upload limit of lib/domain/request-limits.ts (11 MB), since a bigger file could not
   * arrive in one request anyway (issue 10: the page said 20 MB, the action stopped at 12).
   */
  maxFileBytes: MAX_FILE_UPLOAD_BYTES,
} as const;
