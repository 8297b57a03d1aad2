import "server-only";

/** Long enough for "张三-身份证正面-2025年3月补扫.jpg", short enough for a table cell and a header. */
export const MAX_FILE_NAME_LENGTH = 100;
const MAX_EXTENSION_LENGTH = 10;
const FALLBACK_NAME = "未命名文件";

// C0 and C1 controls and DEL; bidi embeddings/overrides U+202A–U+202E and isolates U+2066–U+2069
// ("发票\u202Egpj.exe" shows as "发票exe.jpg"); LRM/RLM/ALM and zero-width characters, which hide
// the same trick or make two names look alike.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// Reserved on Windows, where staff save the files; also unsafe inside a quoted header value.
const RESERVED = /[<>:"|?*]/g;

/**
 * The name shown to staff and offered on download. The client's name is only a label: files are
 * stored by id, so this is about what a person sees and what a download header carries: no path
 * ("../x", "C:\\fakepath\\x"), no control or direction-changing characters, bounded length.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base
    .replace(INVISIBLE, "")
    .replace(RESERVED, "_")
    .replace(/\s+/g, " ")
    // Leading dots make hidden files or "..", trailing dots and spaces are dropped by Windows.
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (!cleaned) return FALLBACK_NAME;
  return truncateKeepingExtension(cleaned);
}

/** Cuts by code point (never halves a Chinese character's surrogate pair) and keeps ".pdf". */
function truncateKeepingExtension(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length === 0 || extension.length > MAX_EXTENSION_LENGTH) return chars.slice(0, MAX_FILE_NAME_LENGTH).join("");
  const stem = Array.from(name.slice(0, dot)).slice(0, MAX_FILE_NAME_LENGTH - extension.length);
  return stem.join("").trimEnd() + extension.join("");
}

/** Gives the name the extension of what the file really is ("scan.jpg" that is a PDF → "scan.pdf"). */
export function withExtension(name: string, extension: string): string {
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return sanitizeFileName(`${stem}.${extension}`);
}
