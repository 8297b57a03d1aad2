import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { MAX_REQUEST_BODY_BYTES } from "@/lib/domain/request-limits";
import { translateKey } from "@/lib/i18n/translate-key";
import { parseTrustedProxies } from "@/lib/server/http/trusted-proxies";
import { POST as eligibility } from "@/app/api/v1/eligibility/route";
import { POST as ticketLookup } from "@/app/downloads/ticket-lookup/route";
import { withClientAddress } from "@/scripts/portal-listener";

// Issue 10, item 6: public route handlers read a capped amount, streamed, and answer 413 in
// Chinese and English; the portal server refuses a declared body over the one request limit
// before Next reads a byte. Bodies here are produced lazily, so "bytes read" is what the
// handler actually pulled from the stream.

const MB = 1024 * 1024;

// next-auth itself does not load under vitest; it stands here as what it is, a handler that
// reads the whole form it is given.
const nextAuthSaw = vi.hoisted(() => ({ bytes: -1 }));
vi.mock("@/auth", () => {
  const read = async (request: Request) => {
    nextAuthSaw.bytes = (await request.arrayBuffer()).byteLength;
    return new Response(null, { status: 302 });
  };
  return { handlers: { GET: read, POST: read } };
});
const { POST: nextAuth } = await import("@/app/api/auth/[...nextauth]/route");

/** A 64 MB body that counts what was pulled from it. */
function lazyBody(totalBytes: number, fill = 0x20): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024).fill(fill);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= totalBytes) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

function post(url: string, body: ReadableStream<Uint8Array> | string, type: string): Request {
  return new Request(url, {
    method: "POST",
    headers: { host: "portal.test", origin: "http://portal.test", "content-type": type },
    body,
    duplex: "half",
  } as RequestInit);
}

const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

describe("issue 10: bodies are capped where they are read", () => {
  it("POST /api/v1/eligibility: a 64 MB body → 413 after reading at most its small cap, with what to do", async () => {
    const body = lazyBody(64 * MB);
    const response = await eligibility(post("http://portal.test/api/v1/eligibility", body.stream, "application/json") as never);
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(256 * 1024);
    const answer = (await response.json()) as { message: string; messageEn: string };
    expect(answer.message).toBe(translateKey("limits.bodyTooLarge"));
    expect(answer.messageEn).toBe(translateKey("limits.bodyTooLarge", "en"));
  });

  it("the ticket lookup: a 64 MB form → 413 after reading at most its cap", async () => {
    const body = lazyBody(64 * MB, 0x61);
    const response = await ticketLookup(
      post("http://portal.test/downloads/ticket-lookup", body.stream, "application/x-www-form-urlencoded"),
    );
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(256 * 1024);
  });

  it("next-auth's POST route: a 64 MB form → 413 after reading at most its cap; a small one still reaches next-auth", async () => {
    const body = lazyBody(64 * MB, 0x61);
    const url = "http://portal.test/api/auth/callback/credentials";
    const response = await nextAuth(post(url, body.stream, "application/x-www-form-urlencoded") as never);
    expect(response.status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(256 * 1024);
    expect(nextAuthSaw.bytes).toBe(-1);
    const small = await nextAuth(post(url, "login=a&password=b", "application/x-www-form-urlencoded") as never);
    expect(small.status).toBe(302);
    expect(nextAuthSaw.bytes).toBe("login=a&password=b".length);
  });

  it("deeply nested JSON is refused before it is parsed, with its own message", async () => {
    const response = await eligibility(
      post("http://portal.test/api/v1/eligibility", "[".repeat(10_000), "application/json") as never,
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain(translateKey("limits.bodyTooDeep"));
  });

  it("the portal server: a declared 64 MB body gets a bilingual 413 and never reaches Next", async () => {
    let reached = 0;
    const server = createServer(
      withClientAddress((_req, res) => {
        reached++;
        res.end("ok");
      }, parseTrustedProxies(undefined)),
    );
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
      let sent = 0;
      const req = httpRequest({
        port,
        host: "127.0.0.1",
        method: "POST",
        path: "/zh-CN/institution/attachments",
        headers: { "content-length": 64 * MB },
      });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, sent }));
      });
      req.on("error", reject);
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const write = () => {
        while (sent < 64 * MB) {
          sent += chunk.byteLength;
          if (!req.write(chunk)) return void req.once("drain", write);
        }
        req.end();
      };
      write();
    });
    expect(answer.status).toBe(413);
    expect(reached).toBe(0);
    expect(answer.body).toContain("未被接收");
    expect(answer.body).toContain("was not accepted");
    expect(answer.body).toContain(String(MAX_REQUEST_BODY_BYTES));
  });
});
