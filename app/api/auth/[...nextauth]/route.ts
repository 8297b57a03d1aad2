import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { BodyTooLarge, bodyTooLargeResponse, readBodyCapped } from "@/lib/server/http/read-body";

export const { GET } = handlers;

/** A login or logout form: a few hundred bytes. next-auth reads what it is given, so it gets no more (issue 10). */
const MAX_BODY_BYTES = 16 * 1024;

export async function POST(request: NextRequest) {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  // A browser's form declares its length: within the cap, next-auth gets the request untouched.
  if (Number.isFinite(declared) && declared <= MAX_BODY_BYTES) return handlers.POST(request);
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyCapped(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return bodyTooLargeResponse(error.limitBytes);
    throw error;
  }
  // No declared length (chunked) and within the cap: the bytes read, handed on as a new request.
  const headers = new Headers(request.headers);
  headers.delete("transfer-encoding");
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers, body }));
}
