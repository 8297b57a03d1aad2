import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nginxPath, startNginx } from "./nginx";

/**
 * deploy/nginx/portal.conf as it is (the ports changed), in front of two servers that answer the
 * headers they were given: what each portal process sees behind the README's balancer. Needs
 * Debian's nginx (`.ci/run` installs it).
 */
describe("deploy/nginx/portal.conf", () => {
  const seen: { upstream: number; headers: IncomingHttpHeaders }[] = [];
  const upstreams: Server[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>>;

  beforeAll(async () => {
    expect(nginxPath(), "nginx is not installed: apt-get install nginx").not.toBeNull();
    for (const n of [0, 1]) {
      const server = createServer((req, res) => {
        req.resume();
        req.on("end", () => {
          seen.push({ upstream: n, headers: req.headers });
          res.setHeader("content-type", "application/json");
          res.end(JSON.stringify({ upstream: n }));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      upstreams.push(server);
    }
    nginx = await startNginx(upstreams.map((s) => (s.address() as AddressInfo).port));
  });

  afterAll(async () => {
    nginx?.stop();
    await Promise.all(upstreams.map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it("passes the host with its port, so Next accepts a server action whose Origin is the portal's address", async () => {
    // Next refuses an action when Origin's host differs from X-Forwarded-Host (or Host): `$host`
    // dropped a port other than 80/443, and every sign-in through such a balancer failed (500).
    const port = new URL(nginx.url).port;
    seen.length = 0;
    const answer = await fetch(`${nginx.url}/login`, { method: "POST", headers: { Origin: nginx.url }, body: "x" });
    expect(answer.status).toBe(200);
    expect(seen[0]?.headers.host).toBe(`127.0.0.1:${port}`);
    expect(seen[0]?.headers["x-forwarded-host"]).toBe(`127.0.0.1:${port}`);
    expect(seen[0]?.headers["x-forwarded-proto"]).toBe("http");
  });

  it("appends the client's address to X-Forwarded-For, for the portal to walk from the right (ADR 055)", async () => {
    seen.length = 0;
    await fetch(`${nginx.url}/`, { headers: { "X-Forwarded-For": "203.0.113.9" } });
    expect(seen[0]?.headers["x-forwarded-for"]).toBe("203.0.113.9, 127.0.0.1");
  });

  it("sends requests to both processes, and refuses a body over the portal's 12 MB before it reaches either", async () => {
    seen.length = 0;
    for (let i = 0; i < 6; i++) await (await fetch(`${nginx.url}/api/v1/health`)).text();
    expect(new Set(seen.map((s) => s.upstream))).toEqual(new Set([0, 1]));
    seen.length = 0;
    const big = await fetch(`${nginx.url}/api/uploads`, { method: "PUT", body: new Uint8Array(13 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(seen).toEqual([]);
  });
});
