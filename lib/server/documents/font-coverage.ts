import "server-only";
import { HAN_CHAR } from "@/lib/domain/pdf-glyphs";
import { loadPdfFonts, type FontStack } from "./canvas-text";

/** The last code point of CJK Extension H (Unicode 15.1), the end of what GB 18030-2022 names. */
const LAST_HAN = 0x323af;

const covers = (stack: FontStack, cp: number) =>
  [stack.primary, ...stack.fallbacks].some((f) => f.hasGlyphForCodePoint?.(cp) ?? false);

/**
 * The Han characters (Unicode script Han, any block up to Extension H) that every weight of the
 * bundled PDF fonts (not the optional system ones, ADR 110) can draw, as inclusive code point ranges. `scripts/fonts/han-coverage.ts` writes
 * them to `lib/domain/pdf-glyph-coverage.generated.ts`; a test checks the file against the fonts.
 */
export async function computeHanCoverage(): Promise<[number, number][]> {
  const { regular, bold } = await loadPdfFonts({ extra: false });
  const ranges: [number, number][] = [];
  for (let cp = 0; cp <= LAST_HAN; cp++) {
    if (!HAN_CHAR.test(String.fromCodePoint(cp))) continue;
    if (!covers(regular, cp) || !covers(bold, cp)) continue;
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

/** The generated file's text: ranges as hex "start-end" (or "start"), comma-separated. */
export function encodeRanges(ranges: readonly [number, number][]): string {
  return ranges.map(([a, b]) => (a === b ? a.toString(16) : `${a.toString(16)}-${b.toString(16)}`)).join(",");
}
