import { HARD_CAP_BYTES, MB } from "./upload-rules";

/**
 * What one request may carry, in one place (issue 10). next.config.ts gives it to server actions
 * (`serverActions.bodySizeLimit`) and to the proxy (`proxyClientMaxBodySize`), the portal server
 * refuses a declared body over it with a bilingual 413 before Next reads a byte, README's nginx
 * lines say `client_max_body_size 12m`, and the pages state MAX_FILE_UPLOAD_BYTES: the same
 * number less room for the form around the file. Route handlers cap their own bodies far lower.
 */
export const MAX_REQUEST_BODY_BYTES = 12 * MB;

/** Multipart boundaries, the other fields, the action id: generous room around one file. */
const FORM_ROOM_BYTES = 1 * MB;

/** The largest file one upload form takes (a zip of scans, a roster), as the pages state it. */
export const MAX_FILE_UPLOAD_BYTES = MAX_REQUEST_BODY_BYTES - FORM_ROOM_BYTES;

/**
 * An archive of scans (or a roster) sent with tus in resumable pieces (ADR 108): the whole file may
 * be this large, and each PATCH carries at most ARCHIVE_CHUNK_BYTES, so every request still fits
 * MAX_REQUEST_BODY_BYTES and nothing else's cap moves.
 */
export const MAX_ARCHIVE_UPLOAD_BYTES = 1024 * MB;

/** One tus PATCH: what the browser sends per request (Uppy's chunkSize). */
export const ARCHIVE_CHUNK_BYTES = 8 * MB;

if (ARCHIVE_CHUNK_BYTES > MAX_REQUEST_BODY_BYTES) throw new Error("ARCHIVE_CHUNK_BYTES exceeds what one request may carry");

// A single scan's hard cap must fit in one request with its form.
if (HARD_CAP_BYTES > MAX_FILE_UPLOAD_BYTES) throw new Error("HARD_CAP_BYTES exceeds what one request may carry");
