/**
 * The client's address for rate limits. Behind the center's reverse proxy the first
 * X-Forwarded-For entry is the client; without one every request shares "local".
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
