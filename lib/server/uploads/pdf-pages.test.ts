import { describe, expect, it } from "vitest";
import { pdfPageCount } from "./pdf-pages";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("pdfPageCount", () => {
  it("reads the page tree's count", () => {
    const pdf =
      "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >> endobj\n%%EOF";
    expect(pdfPageCount(bytes(pdf))).toBe(3);
  });

  it("reads a count written before the type", () => {
    expect(pdfPageCount(bytes("%PDF-1.4\n2 0 obj << /Count 2 /Kids [3 0 R 4 0 R] /Type /Pages >> endobj"))).toBe(2);
  });

  it("counts page objects when no tree count is readable", () => {
    const pdf =
      "%PDF-1.4\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n4 0 obj << /Type/Page >> endobj\n5 0 obj << /Type /Pages >> endobj";
    expect(pdfPageCount(bytes(pdf))).toBe(2);
  });

  it("says nothing rather than guessing when the objects are compressed", () => {
    expect(pdfPageCount(bytes("%PDF-1.7\n1 0 obj << /Type /ObjStm /N 5 /Length 99 >> stream\nxyz\nendstream"))).toBeNull();
  });
});
