import { createHash } from "node:crypto";
import {
  createServer,
  request,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScripts } from "@/lib/csp";
import { onCatalogExpired } from "@/lib/server/catalog/catalog-expiry-listeners";
import { CATALOG_TAGS } from "@/lib/server/catalog/catalog-tags";
import { expireCatalog } from "@/lib/server/catalog/expire-catalog";
import { AnswerCache, answerKey, msUntilBeijingMidnight, sharedMaxAgeMs } from "./portal-answers";
import { withInlineScriptHashes } from "./portal-csp";

// ADR 150: the portal server keeps the cached public pages' and kept reads' answers a few seconds
// in front of Next, and drops them when a catalog tag expires.

const STRICT = contentSecurityPolicy({});
const ISR = { "Cache-Control": "s-maxage=60, stale-while-revalidate=31535940", "x-nextjs-cache": "HIT" };
const sha = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
const page = (text: string) =>
  `<!DOCTYPE html><html><head></head><body><p>${text}</p><script>self.__next_f.push([1,"${text}"])</script>${"x".repeat(3000)}</body></html>`;

let server: Server | undefined;
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A handler that answers like Next's cache hit, counting the requests that reach it. */
function nextLike(options: { html?: () => string; headers?: () => OutgoingHttpHeaders; delayMs?: number } = {}) {
  const seen: IncomingMessage[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    seen.push(req);
    const json = req.url?.startsWith("/api/");
    res.setHeader("Content-Security-Policy", STRICT);
    const body = json ? JSON.stringify({ n: seen.length }) : (options.html ?? (() => page("日历")))();
    const answer = () => {
      res.writeHead(200, {
        "Content-Type": json ? "application/json" : "text/html; charset=utf-8",
        ...ISR,
        ...options.headers?.(),
      });
      res.end(body);
    };
    if (options.delayMs) setTimeout(answer, options.delayMs);
    else answer();
  };
  return { seen, handler };
}

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void, answers?: AnswerCache): Promise<string> {
  server = createServer(withInlineScriptHashes(handler, answers));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Raw {
  status: number;
  headers: IncomingMessage["headers"];
  body: Buffer;
}
function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("ADR 150: the portal server's answer cache", () => {
  it("answers a cached public page again without Next: same body, CSP of that body, gzip or not, HEAD without body", async () => {
    const next = nextLike();
    const base = await serve(next.handler, new AnswerCache());
    const first = await get(`${base}/calendar/2025`, { "accept-encoding": "gzip" });
    const gzipped = await get(`${base}/calendar/2025`, { "accept-encoding": "gzip, br" });
    const identity = await get(`${base}/calendar/2025`);
    const head = await get(`${base}/calendar/2025`, { "accept-encoding": "gzip" }, "HEAD");
    expect(next.seen).toHaveLength(1);
    expect(first.headers["x-portal-answer"]).toBeUndefined();
    for (const kept of [gzipped, identity, head]) expect(kept.headers["x-portal-answer"]).toBe("kept");
    expect(gunzipSync(first.body).toString()).toBe(page("日历"));
    expect(gunzipSync(gzipped.body).toString()).toBe(page("日历"));
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(gzipped.headers["content-length"])).toBe(gzipped.body.length);
    expect(identity.body.toString()).toBe(page("日历"));
    expect(identity.headers["content-encoding"]).toBeUndefined();
    expect(Number(identity.headers["content-length"])).toBe(identity.body.length);
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
    expect(head.headers["content-length"]).toBe(gzipped.headers["content-length"]);
    for (const answer of [gzipped, identity, head]) {
      const policy = String(answer.headers["content-security-policy"]);
      for (const script of inlineScripts(page("日历"))) expect(policy).toContain(sha(script));
      expect(answer.headers.vary).toContain("Accept-Encoding");
      expect(answer.headers["cache-control"]).toBe(ISR["Cache-Control"]);
    }
  });

  it("keeps the kept public reads by address and query", async () => {
    const next = nextLike();
    const base = await serve(next.handler, new AnswerCache());
    const a = await get(`${base}/api/v1/batches?year=2025`);
    const b = await get(`${base}/api/v1/batches?year=2025`);
    const c = await get(`${base}/api/v1/batches?year=2026`);
    expect(JSON.parse(b.body.toString())).toEqual(JSON.parse(a.body.toString()));
    expect(JSON.parse(c.body.toString())).toEqual({ n: 2 });
    expect(next.seen).toHaveLength(2);
  });

  it("drops everything at once when expireCatalog runs in this process", async () => {
    let text = "旧";
    const next = nextLike({ html: () => page(text) });
    const answers = new AnswerCache();
    stops.push(onCatalogExpired(() => answers.announce()));
    const base = await serve(next.handler, answers);
    await get(`${base}/institutions`);
    expect((await get(`${base}/institutions`)).body.toString()).toContain("旧");
    text = "新";
    // Outside a Next request Next has no cache to expire (expire-catalog.ts); the listeners are told anyway.
    expireCatalog(CATALOG_TAGS.institutions);
    const after = await get(`${base}/institutions`);
    expect(after.body.toString()).toContain("新");
    expect(String(after.headers["content-security-policy"])).toContain(sha('self.__next_f.push([1,"新"])'));
    expect(next.seen).toHaveLength(2);
  });

  it("stores nothing rendered before an expiry, and drops again when the request that expired a tag ends", async () => {
    let text = "旧";
    const answers = new AnswerCache();
    const gate = () => {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      return { open, opened };
    };
    const earlyArrived = gate();
    const earlyMayAnswer = gate();
    const saveArrived = gate();
    const saveMayEnd = gate();
    let projectsRequests = 0;
    // The "staff change" is a request in flight when the tag expires; Next applies the expiry as it ends.
    const base = await serve((req, res) => {
      if (req.url === "/staff/save") {
        answers.announce();
        saveArrived.open();
        void saveMayEnd.opened.then(() => {
          text = "新";
          res.end("ok");
        });
        return;
      }
      const first = ++projectsRequests === 1;
      const body = page(text);
      const answer = () => {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...ISR });
        res.end(body);
      };
      if (!first) return answer();
      earlyArrived.open();
      void earlyMayAnswer.opened.then(answer);
    }, answers);
    const early = get(`${base}/projects`); // rendered before the expiry, answered after it
    await earlyArrived.opened;
    const save = get(`${base}/staff/save`, {}, "POST");
    await saveArrived.opened;
    earlyMayAnswer.open();
    expect((await early).body.toString()).toContain("旧");
    expect(answers.size).toBe(0);
    // After the announcement, before Next applied the expiry: the old page, kept for now…
    expect((await get(`${base}/projects`)).body.toString()).toContain("旧");
    expect(answers.size).toBe(1);
    saveMayEnd.open();
    await save;
    // …and dropped when the request that expired the tag ended.
    expect((await get(`${base}/projects`)).body.toString()).toContain("新");
    expect(projectsRequests).toBe(3);
  });

  it("keeps only fresh, shared, cookie-free 200s; leaves other requests to Next", async () => {
    let headers: OutgoingHttpHeaders = {};
    const next = nextLike({ headers: () => headers });
    const base = await serve(next.handler, new AnswerCache());
    const twice = async (path: string, requestHeaders: Record<string, string> = {}) => {
      const before = next.seen.length;
      await get(`${base}${path}`, requestHeaders);
      await get(`${base}${path}`, requestHeaders);
      return next.seen.length - before;
    };
    for (const answer of [
      { "x-nextjs-cache": "STALE" },
      { "x-nextjs-cache": undefined },
      { "Cache-Control": "private, no-cache, no-store, max-age=0, must-revalidate" },
      { "Set-Cookie": "a=1" },
    ]) {
      headers = answer;
      expect(await twice("/")).toBe(2);
    }
    headers = {};
    expect(await twice("/", { rsc: "1" })).toBe(2);
    expect(await twice("/", { "next-router-prefetch": "1" })).toBe(2);
    expect(await twice("/", { cookie: "__prerender_bypass=x" })).toBe(2);
    expect(await twice("/calendar?year=2025")).toBe(2);
    expect(await twice("/api/v1/batches?year=abc")).toBe(2);
    expect(await twice("/me")).toBe(2);
    // A signed-in visitor's cookies change nothing on these pages.
    expect(await twice("/en/projects", { cookie: "authjs.session-token=x; portal-signed-in=1" })).toBe(1);
  });

  it("keeps an answer at most maxAgeMs, s-maxage or until midnight in Beijing, whichever comes first", () => {
    let clock = 1_000;
    let untilMidnight = 60_000;
    const answers = new AnswerCache({ maxAgeMs: 5_000, clock: () => clock, msUntilDayEnds: () => untilMidnight });
    const answer = (cacheControl: string) => ({
      status: 200,
      headers: { "cache-control": cacheControl, "x-nextjs-cache": "HIT", "content-type": "text/html" },
      body: Buffer.from("x"),
      gzip: () => Buffer.from("x"),
    });
    expect(answers.put("/", answers.mark(), answer("s-maxage=60"))).toBe(true);
    clock += 4_999;
    expect(answers.get("/")).toBeDefined();
    clock += 1;
    expect(answers.get("/")).toBeUndefined();
    answers.put("/", answers.mark(), answer("s-maxage=2"));
    clock += 2_000;
    expect(answers.get("/")).toBeUndefined();
    untilMidnight = 1_000;
    answers.put("/", answers.mark(), answer("s-maxage=60"));
    clock += 1_000;
    expect(answers.get("/")).toBeUndefined();
    expect(msUntilBeijingMidnight(new Date("2026-03-01T15:59:59.000Z"))).toBe(1_000);
    expect(msUntilBeijingMidnight(new Date("2026-03-01T16:00:00.000Z"))).toBe(24 * 3600_000);
  });

  it("does not store an answer whose request started before the last drop", () => {
    const answers = new AnswerCache();
    const answer = {
      status: 200,
      headers: { "cache-control": "s-maxage=60", "x-nextjs-cache": "MISS" },
      body: Buffer.from("x"),
      gzip: () => Buffer.from("x"),
    };
    const before = answers.mark();
    answers.clear();
    expect(answers.put("/", before, answer)).toBe(false);
    expect(answers.put("/", answers.mark(), answer)).toBe(true);
  });

  it("is bounded in entries and bytes, oldest out", () => {
    const answers = new AnswerCache({ maxEntries: 2, maxBytes: 1_000 });
    const answer = (size: number) => ({
      status: 200,
      headers: { "cache-control": "s-maxage=60", "x-nextjs-cache": "HIT" },
      body: Buffer.alloc(size),
      gzip: () => Buffer.alloc(1),
    });
    answers.put("/a", answers.mark(), answer(10));
    answers.put("/b", answers.mark(), answer(10));
    answers.put("/c", answers.mark(), answer(10));
    expect([answers.get("/a"), answers.get("/b"), answers.get("/c")].map(Boolean)).toEqual([false, true, true]);
    answers.put("/d", answers.mark(), answer(495)); // body and gzip counted: 990 bytes
    expect([answers.get("/b"), answers.get("/c"), answers.get("/d")].map(Boolean)).toEqual([false, false, true]);
    expect(answers.put("/e", answers.mark(), answer(600))).toBe(false);
  });

  it("knows which requests it may answer", () => {
    expect(answerKey("GET", "/", {})).toBe("/");
    expect(answerKey("HEAD", "/en/calendar/2025", { cookie: "NEXT_LOCALE=en" })).toBe("/en/calendar/2025");
    expect(answerKey("GET", "/api/v1/batches?year=2025", {})).toBe("/api/v1/batches?year=2025");
    expect(answerKey("GET", "/api/v1/batches", {})).toBe("/api/v1/batches");
    expect(answerKey("POST", "/", {})).toBeNull();
    // ADR 159: the bare login page is one for everyone; with a query, or its form's post, it is not.
    expect(answerKey("GET", "/login", {})).toBe("/login");
    expect(answerKey("GET", "/en/login", {})).toBe("/en/login");
    expect(answerKey("GET", "/login?next=/me", {})).toBeNull();
    expect(answerKey("POST", "/login", {})).toBeNull();
    expect(answerKey("POST", "/login", { "next-action": "abc" })).toBeNull();
    expect(answerKey("GET", "/projects?_rsc=abc", {})).toBeNull();
    expect(answerKey("GET", "/api/v1/projects?x=1", {})).toBeNull();
    expect(answerKey("GET", "/api/v1/session", {})).toBeNull();
    expect(answerKey("GET", "/", { range: "bytes=0-10" })).toBeNull();
    expect(sharedMaxAgeMs("s-maxage=60, stale-while-revalidate=31535940")).toBe(60_000);
    expect(sharedMaxAgeMs("private, no-cache, no-store, max-age=0, must-revalidate")).toBe(0);
  });
});
