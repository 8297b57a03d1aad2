import "server-only";
import { setExtraHanCoverage } from "@/lib/domain/pdf-glyphs";
import { extraFontHanCodePoints } from "./canvas-text";

let installed: Promise<number> | null = null;

/**
 * ADR 110: what the optional system fonts (fonts-hanazono) add to the Han characters a name may
 * hold, read from their cmap once at server start (instrumentation.ts) and handed to the pure
 * domain check as data. Without the fonts nothing is added and 𪚥 stays refused at input.
 * Returns how many code points the extra fonts add.
 */
export function installExtraHanCoverage(): Promise<number> {
  installed ??= extraFontHanCodePoints().then((cps) => {
    setExtraHanCoverage(cps.size > 0 ? (cp) => cps.has(cp) : null);
    return cps.size;
  });
  return installed;
}
