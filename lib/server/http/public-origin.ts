import "server-only";

/**
 * The portal's public address, for QR codes and links printed in documents (issue 12 item 6).
 * 1. `PORTAL_BASE_URL` when set (production: the address the center publishes);
 * 2. else the Host the browser asked for; `X-Forwarded-Host` / `X-Forwarded-Proto` only when
 *    `PORTAL_TRUSTED_PROXIES` is set (the portal sits behind the center's reverse proxy, which
 *    overwrites them). Next's own server adds X-Forwarded-* headers and its `request.url`
 *    names the internal listener (`http://localhost:PORT`): neither is used otherwise.
 * A Host that is not a plain host[:port] is ignored (no header injection into a PDF).
 */
export function publicOrigin(headers: Headers): string {
  const configured = process.env.PORTAL_BASE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const trusted = Boolean(process.env.PORTAL_TRUSTED_PROXIES?.trim());
  const forwardedHost = trusted ? firstOf(headers.get("x-forwarded-host")) : undefined;
  const forwardedProto = trusted ? firstOf(headers.get("x-forwarded-proto"))?.toLowerCase() : undefined;
  const host = [forwardedHost, headers.get("host")?.trim()].find((h) => h !== undefined && isHost(h));
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  return `${proto}://${(host ?? "localhost").toLowerCase()}`;
}

function firstOf(value: string | null): string | undefined {
  const first = value?.split(",")[0]?.trim();
  return first ? first : undefined;
}

/** `example.gov.cn`, `10.0.0.5:3000`, `[::1]:3000`: nothing else (no path, user, spaces). */
function isHost(value: string): boolean {
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i.test(
    value,
  );
}
