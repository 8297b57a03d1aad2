/** tus 1.0 requests to the upload route handler, as Uppy's tus client sends them (ADR 108, 117). */
type TusRoute = Record<"POST" | "PATCH" | "HEAD", (request: Request) => Promise<Response>>;

export const ORIGIN = "http://portal.test";
const base = { host: "portal.test", origin: ORIGIN, "tus-resumable": "1.0.0" };
const b64 = (s: string) => Buffer.from(s).toString("base64");

/** `route()` is read at each call: a test may import the handler afresh (a restart) between requests. */
export function tusClient(route: () => TusRoute) {
  return {
    create: (length: number, metadata: Record<string, string>, origin = ORIGIN) =>
      route().POST(
        new Request(`${ORIGIN}/api/institution/uploads`, {
          method: "POST",
          headers: {
            ...base,
            origin,
            "upload-length": String(length),
            "upload-metadata": Object.entries(metadata)
              .map(([k, v]) => `${k} ${b64(v)}`)
              .join(","),
          },
        }),
      ),
    patch: (location: string, offset: number, body: Uint8Array | ReadableStream<Uint8Array>) =>
      route().PATCH(
        new Request(`${ORIGIN}${location}`, {
          method: "PATCH",
          headers: { ...base, "content-type": "application/offset+octet-stream", "upload-offset": String(offset) },
          body,
          duplex: "half",
        } as RequestInit),
      ),
    head: (location: string) =>
      route().HEAD(
        new Request(`${ORIGIN}${location}`, { method: "HEAD", headers: { host: "portal.test", "tus-resumable": "1.0.0" } }),
      ),
  };
}

/** A body that sends `bytes` and then breaks, as a dropped connection does. */
export function breakingBody(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bytes);
      } else controller.error(new Error("connection reset"));
    },
  });
}
