/**
 * Whether JSON text nests deeper than `maxDepth` arrays/objects, found by one scan over the text
 * before JSON.parse builds anything (issue 10: 2 MB of `[[[[…` stalled the server). Brackets
 * inside strings do not count. Malformed text is left to JSON.parse.
 */
export function jsonDepthExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
