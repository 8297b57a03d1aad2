import "server-only";

/**
 * How far into a file we look for HTML/SVG. A JPEG or PDF that also parses as a web page (a
 * polyglot) is only dangerous if something renders it as HTML, and browsers that sniff content
 * decide from the first 1,445 bytes (WHATWG MIME Sniffing, "resource header"); older sniffers
 * looked at fewer. 2 KB covers that and "the first 1 KB after the magic bytes" with room.
 * Scanning further would not add safety (nothing sniffs there; files are served with their
 * detected type and `nosniff`) but would add false alarms: compressed data is random-looking,
 * and a 4-letter tag turns up by chance about once per few thousand 300 KB files.
 */
export const MARKUP_SCAN_BYTES = 2048;

// Tags that make a browser treat bytes as HTML or SVG, followed by what ends a tag name, so
// "<svg" inside a longer word or random bytes rarely matches. Case-insensitive, like HTML.
const MARKUP = /<(?:script|html|svg|!doctype|iframe|object|embed|body|head|meta|style|img)[\s/>]/i;

/** True when the first bytes of the file contain HTML or SVG markup. */
export function containsMarkup(bytes: Uint8Array): boolean {
  // latin1 maps each byte to one character, so binary data cannot break the match.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MARKUP_SCAN_BYTES)).toString("latin1");
  return MARKUP.test(head);
}
