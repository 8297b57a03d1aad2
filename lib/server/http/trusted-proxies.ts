import { BlockList, isIP } from "node:net";

/**
 * Where a request came from (issue 10, ADR 055). Pure: the portal server
 * (scripts/portal-server.ts) gives it the socket's address and the X-Forwarded-For header the
 * request arrived with; route handlers and actions only read the one header it sets.
 *
 * Without PORTAL_TRUSTED_PROXIES nobody is trusted and X-Forwarded-For is ignored: the client is
 * the socket's peer. With it (comma-separated addresses or CIDRs, e.g. `127.0.0.1,10.0.0.0/8`),
 * the chain "X-Forwarded-For entries…, socket peer" is walked from the right, skipping trusted
 * proxies; the first untrusted hop is the client (the last hop before the proxies).
 */
export const CLIENT_IP_HEADER = "x-portal-client-ip";

export interface TrustedProxies {
  readonly list: BlockList;
  readonly empty: boolean;
}

/** `::ffff:10.0.0.1` → `10.0.0.1`; `[::1]:443`, `10.0.0.1:5000` → the address; anything else as given (trimmed, lower-case). */
export function normalizeAddress(raw: string): string {
  let value = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(value);
  if (mapped) value = mapped[1]!;
  return value;
}

/** Parses PORTAL_TRUSTED_PROXIES. Throws on an entry that is not an address or CIDR: a typo must not silently trust nobody or everybody. */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new BlockList();
  let count = 0;
  for (const entry of (spec ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [rawAddress, rawPrefix] = entry.split("/");
    const address = normalizeAddress(rawAddress ?? "");
    const family = isIP(address);
    if (family === 0) throw new Error(`PORTAL_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR`);
    const type = family === 4 ? "ipv4" : "ipv6";
    const max = family === 4 ? 32 : 128;
    const prefix = rawPrefix === undefined ? max : Number(rawPrefix);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > max)
      throw new Error(`PORTAL_TRUSTED_PROXIES: "${entry}" has a bad prefix length`);
    list.addSubnet(address, prefix, type);
    count++;
  }
  return { list, empty: count === 0 };
}

export function isTrusted(address: string, proxies: TrustedProxies): boolean {
  if (proxies.empty) return false;
  const value = normalizeAddress(address);
  const family = isIP(value);
  if (family === 0) return false;
  return proxies.list.check(value, family === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's peer when it is not a trusted proxy; else the last
 * X-Forwarded-For hop that is not one. An unparseable hop ends the walk (it is the client's own
 * writing); when every hop is trusted, the leftmost.
 */
export function resolveClientIp(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  proxies: TrustedProxies,
): string {
  const peer = normalizeAddress(remoteAddress ?? "") || "unknown";
  if (!isTrusted(peer, proxies)) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header
    .split(",")
    .map((hop) => normalizeAddress(hop))
    .filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (isIP(hop) === 0) return client;
    client = hop;
    if (!isTrusted(hop, proxies)) return hop;
  }
  return client;
}
