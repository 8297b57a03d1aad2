import { describe, expect, it } from "vitest";
import { BATCHES_2025 } from "./catalog/batches-2025";
import { addDays } from "./iso-date";
import { institutionPaperworkOpen } from "./window-rules";

// 四(一)2, 四(二)3: an institution's scans and zips go in from registration's first day to
// review's last, for every batch of the 2025 calendar (三), and not a day outside.
describe("institution paperwork window, every 2025 batch", () => {
  it.each(BATCHES_2025.map((b) => [b.seq, b] as const))("batch %i", (_seq, batch) => {
    expect(institutionPaperworkOpen(batch, addDays(batch.registration.start, -1))).toBe(false);
    expect(institutionPaperworkOpen(batch, batch.registration.start)).toBe(true);
    expect(institutionPaperworkOpen(batch, batch.registration.end)).toBe(true);
    expect(institutionPaperworkOpen(batch, batch.review.start)).toBe(true);
    expect(institutionPaperworkOpen(batch, batch.review.end)).toBe(true);
    expect(institutionPaperworkOpen(batch, addDays(batch.review.end, 1))).toBe(false);
    expect(institutionPaperworkOpen(batch, batch.examDate)).toBe(false);
  });
});
