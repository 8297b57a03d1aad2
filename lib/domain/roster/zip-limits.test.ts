import { describe, expect, it } from "vitest";
import { ROSTER_LIMITS, XLSX_LIMITS, ZIP_LIMITS, checkZipDirectory } from "./zip-limits";

const MB = 1024 * 1024;
const entry = (uncompressedSize: number, compressedSize = uncompressedSize, name = "a.jpg") => ({
  name,
  compressedSize,
  uncompressedSize,
});

describe("zip limits: decided on the central directory, before unpacking", () => {
  it("accepts a realistic zip of scans and reports its unpacked size", () => {
    expect(checkZipDirectory(Array.from({ length: 600 }, () => entry(250 * 1024, 240 * 1024)))).toEqual({
      ok: true,
      totalBytes: 600 * 250 * 1024,
    });
  });

  it("refuses too many entries", () => {
    expect(checkZipDirectory(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, () => entry(1)))).toEqual({
      ok: false,
      reason: "too-many-entries",
    });
  });

  it("refuses an entry that declares more than the upload hard cap", () => {
    expect(checkZipDirectory([entry(1), entry(ZIP_LIMITS.maxEntryBytes + 1, 10 * MB, "big.jpg")])).toEqual({
      ok: false,
      reason: "entry-too-large",
      name: "big.jpg",
    });
  });

  it("refuses a bomb's ratio, but not a small file that compresses well", () => {
    expect(checkZipDirectory([entry(5 * MB, 1024, "bomb.pdf")])).toEqual({ ok: false, reason: "ratio", name: "bomb.pdf" });
    expect(checkZipDirectory([entry(500 * 1024, 10)]).ok).toBe(true);
    expect(checkZipDirectory([entry(5 * MB, 0, "zero")])).toMatchObject({ ok: false, reason: "ratio" });
  });

  it("refuses a total beyond the limit even when each entry is fine", () => {
    const many = Array.from({ length: 60 }, () => entry(9 * MB));
    expect(checkZipDirectory(many)).toEqual({ ok: false, reason: "too-large" });
  });

  it("has looser limits for an xlsx, whose XML compresses well, and bounds the roster", () => {
    expect(checkZipDirectory([entry(40 * MB, 3 * MB)], XLSX_LIMITS).ok).toBe(true);
    expect(checkZipDirectory([entry(300 * MB, 3 * MB)], XLSX_LIMITS)).toMatchObject({ ok: false, reason: "entry-too-large" });
    expect(ROSTER_LIMITS.maxRows).toBe(50_000);
  });
});
