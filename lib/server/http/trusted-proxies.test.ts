import { describe, expect, it } from "vitest";
import { isTrusted, normalizeAddress, parseTrustedProxies, resolveClientIp } from "./trusted-proxies";

describe("issue 10: the client address from the connection", () => {
  it("without trusted proxies, X-Forwarded-For is ignored: the socket's peer is the client", () => {
    const none = parseTrustedProxies(undefined);
    expect(resolveClientIp("198.51.100.7", "1.2.3.4", none)).toBe("198.51.100.7");
    expect(resolveClientIp("::ffff:198.51.100.7", "1.2.3.4, 5.6.7.8", none)).toBe("198.51.100.7");
    expect(resolveClientIp(undefined, "1.2.3.4", none)).toBe("unknown");
  });

  it("behind trusted proxies, the last hop before them", () => {
    const proxies = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");
    // nginx on the same machine appended the client; the client's own forged entry is left of it.
    expect(resolveClientIp("127.0.0.1", "6.6.6.6, 203.0.113.9", proxies)).toBe("203.0.113.9");
    // two proxies: the load balancer 10.1.2.3, then nginx.
    expect(resolveClientIp("127.0.0.1", "6.6.6.6, 203.0.113.9, 10.1.2.3", proxies)).toBe("203.0.113.9");
    // a peer that is not a proxy writes what it likes: ignored.
    expect(resolveClientIp("198.51.100.7", "10.9.9.9", proxies)).toBe("198.51.100.7");
    // a trusted proxy that sent no header: the proxy itself.
    expect(resolveClientIp("10.0.0.5", undefined, proxies)).toBe("10.0.0.5");
    // garbage the client wrote ends the walk at the last address a proxy vouched for.
    expect(resolveClientIp("127.0.0.1", "not-an-ip, 10.0.0.7", proxies)).toBe("10.0.0.7");
  });

  it("IPv6, IPv4-mapped IPv6 and CIDR", () => {
    const proxies = parseTrustedProxies("fd00::/8,::1,192.168.0.0/16");
    expect(isTrusted("fd12:3456::1", proxies)).toBe(true);
    expect(isTrusted("fe80::1", proxies)).toBe(false);
    expect(isTrusted("::1", proxies)).toBe(true);
    expect(isTrusted("::ffff:192.168.4.4", proxies)).toBe(true);
    expect(isTrusted("192.169.0.1", proxies)).toBe(false);
    expect(resolveClientIp("::ffff:192.168.1.1", "2001:db8::5", proxies)).toBe("2001:db8::5");
    expect(resolveClientIp("::1", "[2001:db8::6]:4431, fd00::9", proxies)).toBe("2001:db8::6");
    expect(normalizeAddress("203.0.113.1:8080")).toBe("203.0.113.1");
  });

  it("a typo in PORTAL_TRUSTED_PROXIES stops the server instead of trusting nobody or everybody", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("nginx")).toThrow(/not an IP/);
    expect(parseTrustedProxies(" , ").empty).toBe(true);
  });
});
