import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTrustedProxies } from "@/lib/server/http/trusted-proxies";
import { LOOKUP_LIMITS } from "@/lib/server/tickets/lookup-ticket";
import { POST as ticketLookup } from "@/app/downloads/ticket-lookup/route";
import { withClientAddress } from "@/scripts/portal-listener";
import { uniqueIdNumber } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// Issue 10, item 2: a client that writes a new X-Forwarded-For (or our own internal header) on
// every request is still one address. The requests go over a real socket through the portal
// server's listener (scripts/portal-server.ts wraps Next's handler in it) to the ticket-lookup
// route handler.

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  return new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) });
}

function listen(trusted: string | undefined): Promise<{ server: Server; url: string }> {
  const server = createServer(
    withClientAddress(async (req, res) => {
      const response = await ticketLookup(await toRequest(req));
      res.writeHead(response.status, { location: response.headers.get("location") ?? "" });
      res.end();
    }, parseTrustedProxies(trusted)),
  );
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

async function guess(url: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${url}/downloads/ticket-lookup`, {
    method: "POST",
    redirect: "manual",
    headers: { origin: url, "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams({ idNumber: uniqueIdNumber(), name: "张三" }),
  });
  return response.headers.get("location") ?? String(response.status);
}

const servers: Server[] = [];
beforeAll(async () => {
  process.env.PORTAL_CLIENT_IP_SERVER = "1";
  process.env.PORTAL_NOW = "2025-05-20T10:00:00+08:00";
  await ensureCatalog();
});
afterAll(() => servers.forEach((server) => server.close()));

describe("issue 10: the client address comes from the connection", () => {
  it(`forged X-Forwarded-For and x-portal-client-ip on every request: still limited after ${LOOKUP_LIMITS.ip}`, async () => {
    const { server, url } = await listen(undefined);
    servers.push(server);
    const answers: string[] = [];
    for (let i = 0; i < LOOKUP_LIMITS.ip + 10; i++) {
      answers.push(
        await guess(url, {
          "x-forwarded-for": `100.64.${i}.1`,
          "x-real-ip": `100.65.${i}.1`,
          "x-portal-client-ip": `100.66.${i}.1`,
        }),
      );
    }
    expect(answers.filter((a) => a === "/ticket?error=lookupFailed")).toHaveLength(LOOKUP_LIMITS.ip);
    expect(answers.filter((a) => a === "/ticket?error=rateLimited")).toHaveLength(10);
  });

  it("behind a trusted proxy, the hop the proxy appended is the client; what the client prepended is not", async () => {
    const { server, url } = await listen("127.0.0.1");
    servers.push(server);
    const answers: string[] = [];
    for (let i = 0; i < LOOKUP_LIMITS.ip + 5; i++)
      answers.push(await guess(url, { "x-forwarded-for": `100.64.${i}.9, 203.0.113.77` })); // nginx appended 203.0.113.77
    expect(answers.filter((a) => a === "/ticket?error=rateLimited")).toHaveLength(5);
    // Another client behind the same proxy has its own count.
    expect(await guess(url, { "x-forwarded-for": "203.0.113.78" })).toBe("/ticket?error=lookupFailed");
  });
});
