import { afterEach, describe, expect, it, vi } from "vitest";
import { baseUrlOf } from "./file-response";
import { publicOrigin } from "./public-origin";

const headers = (h: Record<string, string>) => new Headers(h);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("issue 12 (6): the public address printed in QR codes", () => {
  it("is PORTAL_BASE_URL when set, without a trailing slash, whatever the request says", () => {
    vi.stubEnv("PORTAL_BASE_URL", "https://bm.example.gov.cn/");
    vi.stubEnv("PORTAL_TRUSTED_PROXIES", "10.0.0.1");
    expect(publicOrigin(headers({ host: "evil.example", "x-forwarded-host": "evil.example" }))).toBe("https://bm.example.gov.cn");
  });

  it("else is the Host the browser asked for, not the forwarded headers of an untrusted sender", () => {
    vi.stubEnv("PORTAL_BASE_URL", "");
    vi.stubEnv("PORTAL_TRUSTED_PROXIES", "");
    expect(publicOrigin(headers({ host: "bm.example.cn:8080" }))).toBe("http://bm.example.cn:8080");
    expect(
      publicOrigin(headers({ host: "bm.example.cn", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" })),
    ).toBe("http://bm.example.cn");
  });

  it("takes X-Forwarded-Host and -Proto (first entry) behind a trusted proxy", () => {
    vi.stubEnv("PORTAL_BASE_URL", "");
    vi.stubEnv("PORTAL_TRUSTED_PROXIES", "10.0.0.1");
    expect(
      publicOrigin(
        headers({
          host: "localhost:3000",
          "x-forwarded-host": "BM.Example.cn, proxy.internal",
          "x-forwarded-proto": "https, http",
        }),
      ),
    ).toBe("https://bm.example.cn");
    // A proxy that sends only the host keeps http; a nonsense proto is ignored.
    expect(publicOrigin(headers({ host: "localhost:3000", "x-forwarded-host": "bm.example.cn" }))).toBe("http://bm.example.cn");
    expect(
      publicOrigin(headers({ host: "localhost:3000", "x-forwarded-host": "bm.example.cn", "x-forwarded-proto": "javascript" })),
    ).toBe("http://bm.example.cn");
  });

  it.each(["evil.example/path", "user@evil.example", "a b", "evil.example:99999999", ""])(
    "ignores a host that is not host[:port]: %j",
    (bad) => {
      vi.stubEnv("PORTAL_BASE_URL", "");
      vi.stubEnv("PORTAL_TRUSTED_PROXIES", "10.0.0.1");
      expect(publicOrigin(headers({ host: "bm.example.cn", "x-forwarded-host": bad }))).toBe("http://bm.example.cn");
    },
  );

  it("accepts IPv4 and IPv6 hosts", () => {
    vi.stubEnv("PORTAL_BASE_URL", "");
    expect(publicOrigin(headers({ host: "192.168.1.20:3000" }))).toBe("http://192.168.1.20:3000");
    expect(publicOrigin(headers({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
  });

  it("the download routes' baseUrlOf never answers the server's internal address (request.url)", () => {
    vi.stubEnv("PORTAL_BASE_URL", "");
    vi.stubEnv("PORTAL_TRUSTED_PROXIES", "");
    const request = new Request("http://localhost:3206/downloads/ticket/x", { headers: { host: "bm.example.cn" } });
    expect(baseUrlOf(request)).toBe("http://bm.example.cn");
  });
});
