import "server-only";
import { AppError } from "@/lib/app-error";

/**
 * Route handlers that accept a POST refuse a foreign Origin (issue 6); server actions get the
 * same check from Next itself. A missing Origin (old browsers, curl) falls back to Referer.
 */
export function assertSameOrigin(request: Request): void {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const origin = request.headers.get("origin") ?? request.headers.get("referer");
  if (!host || !origin) throw new AppError("FORBIDDEN", "errors.forbidden");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN", "errors.forbidden");
  }
  if (originHost !== host) throw new AppError("FORBIDDEN", "errors.forbidden");
}
