import "server-only";
import { publicOrigin } from "./public-origin";

/**
 * Every stored or generated file leaves with these headers (issue 6): never rendered inline by
 * a browser as a page, never sniffed into another type, no script, no caching by proxies.
 */
export function fileResponse(bytes: Uint8Array, mime: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(oneChunk(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * The bytes as a stream of one chunk, written to the socket as they are: a Response made from
 * bytes copies them (undici's extractBody), and this function used to copy them once more first;
 * a 300 KB ticket PDF served from memory was copied twice per request (ADR 151). Nothing writes
 * into a file's bytes after they are handed here.
 */
function oneChunk(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** The portal's own address for QR codes: PORTAL_BASE_URL, else the request's public host (never request.url). */
export function baseUrlOf(request: Request): string {
  return publicOrigin(request.headers);
}
