import { PRINTABLE_HAN_RANGES } from "./pdf-glyph-coverage.generated";

/**
 * GB 18030-2022 (issue 13 item 5): a name may hold characters of CJK Extension B–H (王𠮷), and
 * what is accepted must print on the ticket, the sign-in sheet, the certificate and the roster.
 * The PDF fonts cover every common character and about 2,300 rarer ones; a name with a Han
 * character none of them can draw is refused where it is typed or imported, never printed
 * blank. The covered set is generated from the fonts themselves (ADR 100).
 */

/** One Han character (the Unicode script, every extension block). */
export const HAN_CHAR = /^\p{Script=Han}$/u;

let ranges: Uint32Array | null = null;

function printableRanges(): Uint32Array {
  if (ranges) return ranges;
  const parts = PRINTABLE_HAN_RANGES.split(",");
  const out = new Uint32Array(parts.length * 2);
  parts.forEach((part, i) => {
    const [a = "0", b = a] = part.split("-");
    out[2 * i] = parseInt(a, 16);
    out[2 * i + 1] = parseInt(b, 16);
  });
  return (ranges = out);
}

/** Whether the fonts can draw a Han code point: the check's data, built by the server (ADR 110). */
export type HanCoverage = (cp: number) => boolean;

// Kept on globalThis, not in a module variable: Next compiles instrumentation.ts (which sets it)
// and the routes (which read it) as separate bundles, each with its own copy of this module.
const EXTRA = Symbol.for("portal.pdf-glyphs.extraHanCoverage");
const store = globalThis as { [EXTRA]?: HanCoverage | null };

/**
 * The server passes in, once at start, what the optional system fonts it found add
 * (fonts-hanazono: 𪚥 and the rest of Extension B–H, ADR 110); null removes it. Without a call
 * only the generated coverage of the bundled Noto fonts counts (the browser, tests).
 */
export function setExtraHanCoverage(coverage: HanCoverage | null): void {
  store[EXTRA] = coverage;
}

/** Whether the PDF fonts can draw this Han code point: the bundled fonts, then the extra ones. */
export function isPrintableHan(cp: number): boolean {
  return isBasePrintableHan(cp) || (store[EXTRA]?.(cp) ?? false);
}

/** Whether the bundled Noto fonts can draw this Han code point (binary search over the ranges). */
export function isBasePrintableHan(cp: number): boolean {
  const r = printableRanges();
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < (r[2 * mid] ?? 0)) hi = mid - 1;
    else if (cp > (r[2 * mid + 1] ?? 0)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The Han characters of `text` no PDF font can print, each once, in order. */
export function unprintableChars(text: string, covers: HanCoverage = isPrintableHan): string[] {
  const found: string[] = [];
  for (const ch of text) {
    if (HAN_CHAR.test(ch) && !covers(ch.codePointAt(0) ?? 0) && !found.includes(ch)) found.push(ch);
  }
  return found;
}
