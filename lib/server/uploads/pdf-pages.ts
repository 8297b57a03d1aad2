import "server-only";

/**
 * The number of pages of a PDF, as far as its bytes say without a PDF library: the largest
 * `/Count n` of a page tree node, else the `/Type /Page` objects. Compressed object streams
 * (PDF 1.5+) can hide both, so the answer is `null` rather than a guess: the preview then shows
 * no count. For the candidate's preview only; nothing is decided on it.
 */
export function pdfPageCount(bytes: Uint8Array): number | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let pages = 0;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    pages = Math.max(pages, Number(match[1] ?? match[2]));
  }
  if (pages > 0) return pages;
  const leaves = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return leaves > 0 ? leaves : null;
}
