import type { IncomingMessage, ServerResponse } from "node:http";
import { CLIENT_IP_HEADER, isTrusted, resolveClientIp, type TrustedProxies } from "@/lib/server/http/trusted-proxies";

/** Headers only a trusted proxy may set; from anyone else they are dropped before Next sees them. */
const PROXY_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Rewrites a request's address headers from the connection (issue 10, ADR 055), then hands it on:
 * any client-sent x-portal-client-ip is replaced by the address resolveClientIp derives from the
 * socket and PORTAL_TRUSTED_PROXIES; the forwarding headers survive only from a trusted proxy,
 * and X-Forwarded-For is then the client's address alone (Next fills it from the socket with ??=
 * otherwise, keeping whatever the client wrote).
 */
export function withClientAddress(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  proxies: TrustedProxies,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const peer = req.socket.remoteAddress;
    const client = resolveClientIp(peer, req.headers["x-forwarded-for"], proxies);
    if (!isTrusted(peer ?? "", proxies)) for (const name of PROXY_HEADERS) delete req.headers[name];
    req.headers[CLIENT_IP_HEADER] = client;
    req.headers["x-forwarded-for"] = client;
    void handle(req, res);
  };
}
