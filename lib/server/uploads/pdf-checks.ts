import "server-only";

/**
 * Cheap structural checks on a PDF, without a PDF parser. They catch the common accidents
 * (a truncated upload) and the obvious active content; they are not a validator.
 */

/** A PDF ends with "%%EOF" within its last 1,024 bytes (ISO 32000 7.5.5; readers allow that much trailing junk). */
export function looksComplete(bytes: Uint8Array): boolean {
  return (
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf("%%EOF") >= Math.max(0, bytes.byteLength - 1024 - 5)
  );
}

/**
 * "/JavaScript" names a script action or the document-level script tree. A scan never needs one,
 * and staff open these files in a browser. Names written with #-escapes or hidden in compressed
 * object streams get past this; the real protection is how files are served (ADR 004).
 */
export function containsScript(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("/JavaScript", 0, "latin1");
}
