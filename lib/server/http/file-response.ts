import "server-only";
import { publicOrigin } from "./public-origin";

/**
 * Every stored or generated file leaves with these headers (issue 6): never rendered inline by
 * a browser as a page, never sniffed into another type, no script, no caching by proxies.
 */
export function fileResponse(bytes: Uint8Array, mime: string, fileName: string): Response {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(new Uint8Array(bytes), {
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

/** The portal's own address for QR codes: PORTAL_BASE_URL, else the request's public host (never request.url). */
export function baseUrlOf(request: Request): string {
  return publicOrigin(request.headers);
}
