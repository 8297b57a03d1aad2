import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Reads PDFs the way a person or a printer would, with poppler-utils (apt: poppler-utils):
 * what text is on the page, how many pages, which images.
 */
function withFile<T>(pdf: Buffer, run: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-pdf-"));
  const file = path.join(dir, "doc.pdf");
  writeFileSync(file, pdf);
  try {
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of the whole document, or of one page; pdftotext drops the spaces between CJK runs. */
export function pdfText(pdf: Buffer, page?: number): string {
  return withFile(pdf, (f) =>
    execFileSync("pdftotext", [...(page ? ["-f", String(page), "-l", String(page)] : []), "-enc", "UTF-8", f, "-"], {
      encoding: "utf8",
    }),
  );
}

export function pdfInfo(pdf: Buffer): { pages: number; pageSize: string } {
  const out = withFile(pdf, (f) => execFileSync("pdfinfo", [f], { encoding: "utf8" }));
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? Number.NaN),
    pageSize: /^Page size:\s+(.+)$/m.exec(out)?.[1]?.trim() ?? "",
  };
}

export interface PdfImage {
  page: number;
  type: string;
  width: number;
  height: number;
  color: string;
  bpc: number;
  enc: string;
}

export function pdfImages(pdf: Buffer): PdfImage[] {
  const out = withFile(pdf, (f) => execFileSync("pdfimages", ["-list", f], { encoding: "utf8" }));
  return out
    .split("\n")
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.trim().split(/\s+/);
      return {
        page: Number(c[0]),
        type: c[2] ?? "",
        width: Number(c[3]),
        height: Number(c[4]),
        color: c[5] ?? "",
        bpc: Number(c[7]),
        enc: c[8] ?? "",
      };
    });
}

/** Font names embedded in the document (`pdffonts`), e.g. "ABCDEF+NotoSansSC-Regular". */
export function pdfFonts(pdf: Buffer): string[] {
  const out = withFile(pdf, (f) => execFileSync("pdffonts", [f], { encoding: "utf8" }));
  return out
    .split("\n")
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => l.trim().split(/\s+/)[0] ?? "");
}

/** First page as PNG at `dpi`, for screenshots. */
export function pdfPagePng(pdf: Buffer, dpi: number): Buffer {
  return withFile(pdf, (f) =>
    execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", f], { maxBuffer: 64 << 20 }),
  );
}

/** pdftotext leaves no spaces between CJK characters, and sometimes adds some: compare without. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
