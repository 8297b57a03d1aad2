import { CLIENT_IP_HEADER } from "./trusted-proxies";

/**
 * The client's address for rate limits (issue 10, ADR 055): only the header the portal server
 * (scripts/portal-server.ts) sets from the connection, after removing any copy the client sent.
 * X-Forwarded-For is never read here. The server marks the process with PORTAL_CLIENT_IP_SERVER,
 * so under a bare `next start` (which would pass a client's header through) every request
 * shares "local" instead of trusting what the client wrote.
 */
export function clientIp(headers: Headers): string {
  if (process.env.PORTAL_CLIENT_IP_SERVER !== "1") return "local";
  return headers.get(CLIENT_IP_HEADER)?.trim() || "local";
}
