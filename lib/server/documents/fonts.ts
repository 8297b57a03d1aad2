import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The one font of every PDF the portal prints. The PDF standard fonts have no Chinese glyphs,
 * so Noto Sans SC (OFL) is embedded; react-pdf subsets it per document, so a 1,000-ticket
 * batch carries each glyph once (stack-notes "Documents and files").
 */
export const PDF_FONT_FAMILY = "Noto Sans SC";

const FONT_DIR = ["node_modules", "@expo-google-fonts", "noto-sans-sc"];
const WEIGHTS = [
  { fontWeight: 400, file: "400Regular/NotoSansSC_400Regular.ttf" },
  { fontWeight: 700, file: "700Bold/NotoSansSC_700Bold.ttf" },
] as const;

// Resolved from the working directory, not import.meta.url: the server bundle moves this file
// but `next start`, tsx scripts and vitest all run from the project root.
function fontPath(file: string): string {
  const p = path.join(process.cwd(), ...FONT_DIR, file);
  if (!existsSync(p)) throw new Error(`PDF font missing: ${p} (is @expo-google-fonts/noto-sans-sc installed?)`);
  return p;
}

const CJK_CHAR =
  /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u;
/** Closing punctuation may not start a line (避头): it stays glued to the character before. */
const NO_LINE_START = /^[，。、；：！？）》」』】〕〉”’…·%,.;:!?)\]]$/u;

/**
 * react-pdf breaks lines only between "syllables" of a space-delimited word, and Chinese has
 * no spaces, so a sentence would overflow its box. Each CJK character becomes its own
 * syllable; runs of Latin letters and digits (ticket numbers, 028-86156861) stay whole.
 * The empty strings between parts are how react-pdf is told "break here without a hyphen":
 * an empty syllable becomes zero-width glue instead of a hyphenation penalty.
 */
export function splitForLineBreaking(word: string): string[] {
  if (!CJK_CHAR.test(word)) return [word];
  const parts: string[] = [];
  let latin = "";
  for (const ch of word) {
    if (CJK_CHAR.test(ch)) {
      if (latin) parts.push(latin);
      latin = "";
      const last = parts.length - 1;
      if (NO_LINE_START.test(ch) && last >= 0) parts[last] += ch;
      else parts.push(ch);
    } else {
      latin += ch;
    }
  }
  if (latin) {
    const last = parts.length - 1;
    // "5楼509室" → 5 | 楼 | 509 | 室, but a trailing ")" or "," stays with what precedes it.
    if (NO_LINE_START.test(latin) && last >= 0) parts[last] += latin;
    else parts.push(latin);
  }
  return parts.flatMap((p, i) => (i === 0 ? [p] : ["", p]));
}

/** Idempotent: checks the font store itself, which survives module reloads in `next dev`. */
export function registerPdfFonts(): void {
  if (Font.getRegisteredFontFamilies().includes(PDF_FONT_FAMILY)) return;
  Font.register({
    family: PDF_FONT_FAMILY,
    fonts: WEIGHTS.map(({ fontWeight, file }) => ({ src: fontPath(file), fontWeight })),
  });
  Font.registerHyphenationCallback(splitForLineBreaking);
}
