import "server-only";
import { Font } from "@react-pdf/renderer";
import { HAN_CHAR } from "@/lib/domain/pdf-glyphs";
import { PDF_FONTS, PDF_FONT_FAMILIES, registerPdfFonts } from "./fonts";

/**
 * Fixed-position text for documents printed by the thousand (tickets), drawn inside one
 * react-pdf `<Canvas>` per page instead of dozens of `<Text>`/`<View>` nodes.
 *
 * Why: react-pdf costs ~0.3 ms per text line and ~0.2 ms per view (measured here: a ticket
 * built from flex rows took 25–30 ms, so 1,000 tickets took 30–50 s against a 10 s target).
 * The Canvas painter is react-pdf's documented escape hatch to pdfkit's drawing API; pdfkit
 * draws a string in microseconds. The price is that layout is ours: lines are wrapped here
 * with the font's advance widths, so the caller knows every line's position and nothing can
 * spill onto an extra page.
 */

/** The pdfkit methods react-pdf's painter exposes that we use (react-pdf types it as `any`). */
export interface Painter {
  font(src: PdfFont, family: string): Painter;
  fontSize(size: number): Painter;
  fillColor(color: string): Painter;
  text(text: string, x: number, y: number, options: { lineBreak: false }): Painter;
  rect(x: number, y: number, w: number, h: number): Painter;
  lineWidth(w: number): Painter;
  dash(length: number, options: { space: number }): Painter;
  stroke(): Painter;
  fill(color?: string): Painter;
  save(): Painter;
  restore(): Painter;
}

/**
 * The part of a fontkit font used here. react-pdf's own type for it refers to fontkit's
 * types, which are not installed, so it would be `any`-typed: this names what we rely on.
 */
export interface PdfFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
  hasGlyphForCodePoint?(codePoint: number): boolean;
  characterSet?: readonly number[];
}

/**
 * A font and the fonts that fill in the characters it lacks (rare characters of CJK Extension
 * B and later, GB 18030-2022): each character is measured and drawn with the first that has it.
 */
export interface FontStack {
  primary: PdfFont;
  fallbacks: readonly PdfFont[];
}

export type Face = PdfFont | FontStack;

const primaryOf = (face: Face): PdfFont => ("primary" in face ? face.primary : face);

/** The font that draws this character: the first of the stack that has a glyph for it. */
export function fontForChar(face: Face, ch: string): PdfFont {
  if (!("primary" in face)) return face;
  const cp = ch.codePointAt(0) ?? 0;
  if (face.primary.hasGlyphForCodePoint?.(cp) ?? true) return face.primary;
  return face.fallbacks.find((f) => f.hasGlyphForCodePoint?.(cp)) ?? face.primary;
}

/** A line cut where the drawing font changes, so each run is one pdfkit text call. */
export function fontRuns(face: Face, text: string): { font: PdfFont; text: string }[] {
  const runs: { font: PdfFont; text: string }[] = [];
  for (const ch of text) {
    const font = fontForChar(face, ch);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

function isPdfFont(value: unknown): value is PdfFont {
  const f = value as Partial<PdfFont> | null;
  return typeof f?.glyphForCodePoint === "function" && typeof f.unitsPerEm === "number" && typeof f.postscriptName === "string";
}

export interface PdfFonts {
  regular: FontStack;
  bold: FontStack;
}

/**
 * The same font objects react-pdf loaded, so a document that also has `<Text>` nodes embeds
 * each weight once (pdfkit matches them by PostScript name), and the 10 MB files are parsed
 * once per process, not per document.
 */
export async function loadPdfFonts({ extra = true }: { extra?: boolean } = {}): Promise<PdfFonts> {
  registerPdfFonts();
  const load = async (fontFamily: string, fontWeight: 400 | 700): Promise<PdfFont> => {
    await Font.load({ fontFamily, fontWeight });
    const font: unknown = Font.getFont({ fontFamily, fontWeight }).data;
    if (!isPdfFont(font)) throw new Error(`font ${fontFamily} ${fontWeight} did not load`);
    return font;
  };
  const stack = async (fontWeight: 400 | 700): Promise<FontStack> => {
    const families = extra ? PDF_FONT_FAMILIES : PDF_FONTS.map((f) => f.family);
    const [primary, ...fallbacks] = await Promise.all(families.map((family) => load(family, fontWeight)));
    if (!primary) throw new Error("no PDF font");
    return { primary, fallbacks };
  };
  return { regular: await stack(400), bold: await stack(700) };
}

/** The code points of the extra system fonts that are Han characters (ADR 110). */
export async function extraFontHanCodePoints(): Promise<Set<number>> {
  const { regular } = await loadPdfFonts();
  const extras = regular.fallbacks.slice(PDF_FONTS.length - 1);
  const out = new Set<number>();
  for (const font of extras) {
    for (const cp of font.characterSet ?? []) if (HAN_CHAR.test(String.fromCodePoint(cp))) out.add(cp);
  }
  return out;
}

const widthCache = new WeakMap<PdfFont, Map<string, number>>();

/** Advance width of one character in em; kerning is ignored, which only errs on the wide side. */
function charWidth(face: Face, ch: string): number {
  const font = fontForChar(face, ch);
  let cache = widthCache.get(font);
  if (!cache) widthCache.set(font, (cache = new Map<string, number>()));
  let w = cache.get(ch);
  if (w === undefined) {
    w = font.glyphForCodePoint(ch.codePointAt(0) ?? 0).advanceWidth / font.unitsPerEm;
    cache.set(ch, w);
  }
  return w;
}

export function textWidth(face: Face, text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(face, ch);
  return em * size;
}

/** Closing punctuation may not start a line (避头), opening may not end one (避尾). */
const NO_LINE_START = new Set([..."，。、；：！？）》」』】〕〉”’…%,.;:!?)]"]);
const NO_LINE_END = new Set([..."（《「『【〔〈“‘(["]);
/** What never breaks inside: a run of Latin letters, digits and their joiners, or one other character. */
const UNITS = /[A-Za-z0-9@._\-/:#+]+|[\s\S]/gu;

/**
 * Greedy line breaking: Chinese between any two characters, Latin words and numbers kept
 * whole (a ticket number or a phone number never breaks), explicit "\n" honoured. Closing
 * punctuation that does not fit takes the character before it to the next line, and opening
 * punctuation at a line's end moves down with what follows (推出, as Chinese typesetting does),
 * so a line is wider than `maxWidth` only by hanging punctuation or one unbreakable word.
 */
export function wrapLines(font: Face, text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  const width = (units: readonly string[]) => units.reduce((w, u) => w + textWidth(font, u, size), 0);
  for (const paragraph of text.split("\n")) {
    let line: string[] = [];
    for (const unit of paragraph.match(UNITS) ?? []) {
      if (line.length === 0 && unit.trim() === "") continue; // no leading space after a break
      if (line.length === 0 || width(line) + textWidth(font, unit, size) <= maxWidth) {
        line.push(unit);
        continue;
      }
      let carry: string[] = [];
      if (NO_LINE_START.has(unit)) {
        // Take back from the last character that may start a line; if that would empty the
        // line, let the punctuation hang past the edge instead (it is half blank anyway).
        let k = line.length - 1;
        while (k > 0 && NO_LINE_START.has(line[k] ?? "")) k--;
        if (k === 0) {
          line.push(unit);
          continue;
        }
        carry = line.splice(k);
      }
      while (line.length > 1 && NO_LINE_END.has(line.at(-1) ?? "")) carry.unshift(...line.splice(-1));
      lines.push(line.join("").trimEnd());
      line = unit.trim() === "" && carry.length === 0 ? [] : [...carry, unit];
    }
    lines.push(line.join("").trimEnd());
  }
  return lines;
}

export interface FittedText {
  size: number;
  lines: string[];
}

/**
 * The largest size from `size` down to `minSize` (half-point steps) at which the text fits in
 * `maxLines` lines. Below that it keeps `minSize` and cuts the last line with "…": a printed
 * field must stay in its box, and data this long is a data error someone will see.
 */
export function fitText(font: Face, text: string, maxWidth: number, maxLines: number, size: number, minSize: number): FittedText {
  for (let s = size; s >= minSize; s -= 0.5) {
    const lines = wrapLines(font, text, s, maxWidth);
    if (lines.length <= maxLines) return { size: s, lines };
  }
  const lines = wrapLines(font, text, minSize, maxWidth).slice(0, maxLines);
  let last = lines.at(-1) ?? "";
  while (last && textWidth(font, `${last}…`, minSize) > maxWidth) last = Array.from(last).slice(0, -1).join("");
  lines[lines.length - 1] = `${last}…`;
  return { size: minSize, lines };
}

/** pdfkit's line box for this font: ascender − descender (+ lineGap), in points. */
export function lineBoxHeight(face: Face, size: number): number {
  const font = primaryOf(face);
  return ((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * size;
}

export type Align = "left" | "center";

/**
 * Draws already-wrapped lines, each as its own text object at a known position. `lineBreak:
 * false` matters: pdfkit would otherwise wrap again and, past the page bottom, add a page
 * behind react-pdf's back.
 */
export function drawLines(
  p: Painter,
  face: Face,
  lines: readonly string[],
  box: { x: number; y: number; width: number; size: number; leading: number; align?: Align },
): number {
  lines.forEach((line, i) => {
    let x = box.align === "center" ? box.x + (box.width - textWidth(face, line, box.size)) / 2 : box.x;
    // One text object per run of one font: a rare character (𠮷) comes from a fallback font.
    // Keyed by PostScript name, the key pdfkit itself uses, so react-pdf's <Text> nodes share the subset.
    for (const run of fontRuns(face, line)) {
      p.font(run.font, run.font.postscriptName).fontSize(box.size);
      p.text(run.text, x, box.y + i * box.leading, { lineBreak: false });
      x += textWidth(run.font, run.text, box.size);
    }
  });
  return box.y + lines.length * box.leading;
}
