import "server-only";
import { NextResponse } from "next/server";
import { AppError, HTTP_STATUS } from "@/lib/app-error";
import { translateFieldErrors, translateKey } from "@/lib/i18n/translate-key";

/** Public API responses: never cached by proxies for stale windows, never a raw error object. */
export function json(data: unknown, status = 200) {
  return NextResponse.json(data, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * A public read that is the same for everyone and kept in Next's cache (ADR 088): no `no-store`,
 * so Next's own `s-maxage` for the route applies. Only for the catalog's cached routes.
 */
export function publicJson(data: unknown) {
  return NextResponse.json(data);
}

export function badRequest(fieldErrors: Record<string, string[] | undefined>) {
  return json({ error: "invalid", message: translateKey("errors.generic"), fieldErrors: translateFieldErrors(fieldErrors) }, 400);
}

/** Maps a use case's AppError to its status; anything else is logged and a 500 without details. */
export function errorResponse(error: unknown) {
  if (error instanceof AppError) {
    return json(
      {
        error: error.code.toLowerCase(),
        message: translateKey(error.message),
        fieldErrors: translateFieldErrors(error.fieldErrors),
      },
      HTTP_STATUS[error.code],
    );
  }
  console.error("[api] unexpected error", error instanceof Error ? error.message : "unknown");
  return json({ error: "internal", message: translateKey("errors.generic") }, 500);
}
