import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { allowsUnsafeInlineScript, contentSecurityPolicy, inlineScripts } from "@/lib/csp";
import { withInlineScriptHashes } from "./portal-csp";

// ADR 076: the cached public pages' inline scripts are allowed by hashes of the HTML served.

const STRICT = contentSecurityPolicy({});
const sha = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const page = (scripts: string[]) =>
  `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async=""></script></head><body><p>日历</p>${scripts
    .map((s) => `<script>${s}</script>`)
    .join("")}</body></html>`;

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The wrapper around a handler that answers like Next: headers by writeHead, the HTML in pieces. */
async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(withInlineScriptHashes(handler));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function nextLike(html: () => string, seen?: IncomingMessage[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    seen?.push(req);
    res.setHeader("Content-Security-Policy", STRICT);
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", Vary: "rsc" });
    const body = Buffer.from(html());
    res.write(body.subarray(0, 40));
    setTimeout(() => res.end(body.subarray(40)), 5);
  };
}

describe("issue 11 item CSP: hashes of the cached pages' inline scripts (ADR 076)", () => {
  it("finds the inline scripts and skips the ones with src", () => {
    expect(inlineScripts(page(['self.__next_f.push([1,"a"])', "x()"]))).toEqual(['self.__next_f.push([1,"a"])', "x()"]);
  });

  it("lists the hash of every inline script of the page served, and no 'unsafe-inline'", async () => {
    const scripts = ["(self.__next_f=self.__next_f||[]).push([0])", 'self.__next_f.push([1,"日历"])'];
    const seen: IncomingMessage[] = [];
    const base = await serve(nextLike(() => page(scripts), seen));
    const response = await fetch(`${base}/calendar`, { headers: { "If-None-Match": '"x"', "Accept-Encoding": "gzip" } });
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(response.status).toBe(200);
    expect(allowsUnsafeInlineScript(policy)).toBe(false);
    const served = await response.text();
    expect(served).toBe(page(scripts));
    for (const script of inlineScripts(served)) expect(policy).toContain(sha(script));
    expect(policy.match(/'sha256-/g)).toHaveLength(2);
    // Next never answers 304 (no body to hash) nor gzips what the wrapper must read.
    expect(seen[0]?.headers["if-none-match"]).toBeUndefined();
    expect(seen[0]?.headers["accept-encoding"]).toBeUndefined();
  });

  it("follows the HTML when a revalidation renders it anew", async () => {
    let version = 1;
    const base = await serve(nextLike(() => page([`self.__next_f.push([1,"v${version}"])`])));
    const first = (await fetch(`${base}/en/projects`)).headers.get("content-security-policy");
    version = 2;
    const second = (await fetch(`${base}/en/projects`)).headers.get("content-security-policy");
    expect(first).toContain(sha('self.__next_f.push([1,"v1"])'));
    expect(second).toContain(sha('self.__next_f.push([1,"v2"])'));
    expect(second).not.toContain(sha('self.__next_f.push([1,"v1"])'));
  });

  it("gzips for a browser that accepts it, with the length of what is sent", async () => {
    const big = "x".repeat(5000);
    const base = await serve(nextLike(() => page([`var a="${big}"`])));
    const { request } = await import("node:http");
    const raw = await new Promise<{ headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
      request(`${base}/`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      })
        .on("error", reject)
        .end();
    });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(Number(raw.headers["content-length"])).toBe(raw.body.length);
    expect(raw.headers.vary).toBe("rsc, Accept-Encoding");
    expect(gunzipSync(raw.body).toString("utf8")).toBe(page([`var a="${big}"`]));
  });

  it("leaves pages with a nonce, router requests and other paths untouched", async () => {
    const base = await serve((req, res) => {
      res.setHeader("Content-Security-Policy", req.url === "/privacy" ? contentSecurityPolicy({ nonce: "n1" }) : STRICT);
      res.setHeader("Content-Type", "text/html");
      res.end(page(["a()"]));
    });
    expect((await fetch(`${base}/signup`)).headers.get("content-security-policy")).toBe(STRICT);
    // The login page with a query is rendered per request with a nonce (ADR 159); the bare one is cached.
    expect((await fetch(`${base}/login?next=/me`)).headers.get("content-security-policy")).toBe(STRICT);
    expect((await fetch(`${base}/en/login?reset=1`)).headers.get("content-security-policy")).toBe(STRICT);
    expect((await fetch(`${base}/login`)).headers.get("content-security-policy")).not.toBe(STRICT);
    expect((await fetch(`${base}/`, { headers: { rsc: "1" } })).headers.get("content-security-policy")).toBe(STRICT);
    expect((await fetch(`${base}/privacy`)).headers.get("content-security-policy")).toBe(contentSecurityPolicy({ nonce: "n1" }));
  });

  it("gzips the kept public API reads once per answer, and leaves the other API routes to Next (ADR 146)", async () => {
    const json = JSON.stringify({ projects: Array.from({ length: 200 }, (_, i) => ({ seq: i, name: "电工" })) });
    const seen: IncomingMessage[] = [];
    const base = await serve((req, res) => {
      seen.push(req);
      res.setHeader("Content-Security-Policy", STRICT);
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(json);
    });
    const { request } = await import("node:http");
    const get = (path: string) =>
      new Promise<{ headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
        request(`${base}${path}`, { headers: { "accept-encoding": "gzip" } }, (res) => {
          const parts: Buffer[] = [];
          res.on("data", (c: Buffer) => parts.push(c));
          res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
        })
          .on("error", reject)
          .end();
      });
    for (const path of ["/api/v1/projects", "/api/v1/batches?year=2025"]) {
      const raw = await get(path);
      expect(raw.headers["content-encoding"]).toBe("gzip");
      expect(Number(raw.headers["content-length"])).toBe(raw.body.length);
      expect(gunzipSync(raw.body).toString("utf8")).toBe(json);
      expect(raw.headers["content-security-policy"]).toBe(STRICT);
      expect(seen.at(-1)?.headers["accept-encoding"]).toBeUndefined();
    }
    const other = await get("/api/v1/session");
    expect(other.headers["content-encoding"]).toBeUndefined();
    expect(seen.at(-1)?.headers["accept-encoding"]).toBe("gzip");
  });
});
