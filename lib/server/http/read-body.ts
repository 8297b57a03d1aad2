import "server-only";
import { AppError } from "@/lib/app-error";
import { translateKey } from "@/lib/i18n/translate-key";
import { jsonDepthExceeds } from "./json-depth";

/** A request body over its cap (issue 10): answered 413 by bodyTooLargeResponse. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`body over ${limitBytes} bytes`);
  }
}

/**
 * The request body, read through its stream and stopped as soon as it passes `maxBytes`: a
 * declared Content-Length over the cap is refused before a byte is read, and a body without one
 * (chunked) is cancelled at the cap, so a 64 MB body costs at most `maxBytes` of memory.
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    throw new BodyTooLarge(maxBytes);
  }
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** JSON within `maxBytes` and `maxDepth`; a malformed body is an AppError INVALID. */
export async function readJsonCapped(request: Request, maxBytes: number, maxDepth = 16): Promise<unknown> {
  const text = new TextDecoder().decode(await readBodyCapped(request, maxBytes));
  if (jsonDepthExceeds(text, maxDepth)) throw new AppError("INVALID", "limits.bodyTooDeep");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID", "errors.generic");
  }
}

/**
 * A form (urlencoded or multipart) within `maxBytes`. An urlencoded one is parsed as
 * URLSearchParams, the parser `Response.formData()` uses for it too, without building a
 * Response and its stream around a few hundred bytes (ADR 151).
 */
export async function readFormCapped(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readBodyCapped(request, maxBytes);
  const type = request.headers.get("content-type") ?? "application/x-www-form-urlencoded";
  if (type.split(";")[0]!.trim().toLowerCase() === "application/x-www-form-urlencoded") {
    const form = new FormData();
    for (const [name, value] of new URLSearchParams(new TextDecoder().decode(bytes))) form.append(name, value);
    return form;
  }
  return new Response(bytes, { headers: { "content-type": type } }).formData();
}

/** 413 with what to do, in Chinese and English. */
export function bodyTooLargeResponse(limitBytes: number): Response {
  return Response.json(
    {
      error: "body_too_large",
      limitBytes,
      message: translateKey("limits.bodyTooLarge"),
      messageEn: translateKey("limits.bodyTooLarge", "en"),
    },
    { status: 413, headers: { "Cache-Control": "no-store", Connection: "close" } },
  );
}
