import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { inlineScripts, isCachedPublicPage, withScriptSources } from "@/lib/csp";
import { answerKey, type AnswerCache, type KeptAnswer } from "./portal-answers";

/** The public API's kept reads (next.config.ts rewrites them to app/api/v1/kept, ADR 088). */
const KEPT_PUBLIC_READS = /^\/api\/v1\/(?:projects|institutions|batches)\/?$/;
export function isKeptPublicRead(pathname: string): boolean {
  return KEPT_PUBLIC_READS.test(pathname);
}

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** What one served body needs: its script hashes and, once asked, its gzip. */
interface Prepared {
  sources: string[];
  gzip?: Buffer;
}

/** The last bodies served (a few pages × two locales); a new render is a new key. */
const PREPARED = new Map<string, Prepared>();
const PREPARED_MAX = 64;

function prepared(body: Buffer, html: boolean): Prepared {
  const key = createHash("sha256").update(body).digest("base64");
  const known = PREPARED.get(key);
  if (known) return known;
  const sources = html
    ? [
        ...new Set(
          inlineScripts(body.toString("utf8")).map((s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`),
        ),
      ]
    : [];
  const entry: Prepared = { sources };
  if (PREPARED.size >= PREPARED_MAX) PREPARED.delete(PREPARED.keys().next().value as string);
  PREPARED.set(key, entry);
  return entry;
}

/**
 * Cached public pages (ADR 050) are one HTML for everyone, so they cannot carry a per-request
 * nonce (ADR 062). This wrapper holds their answer until it is complete, hashes every inline
 * script of the HTML actually being served, and adds those hashes to the policy's `script-src`
 * (ADR 076): whatever ISR or a tag revalidation renders next, the header follows the body it
 * travels with. next.config.ts's policy for them allows no inline script, so a page this server
 * does not pass (or a script injected anywhere) does not run.
 *
 * The request reaches Next without Accept-Encoding and without its conditional headers: the
 * wrapper must read the HTML (it gzips the answer itself, once per render), and a 304 would
 * carry no body to hash while browsers would take its policy for the cached one.
 *
 * With `answers` (the portal server's, ADR 150), a complete answer of those addresses is kept
 * a few seconds, body, gzip and final headers, and served again without entering Next.
 */
export function withInlineScriptHashes(handle: Handler, answers?: AnswerCache): Handler {
  return (req, res) => {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? "" : url.slice(queryAt);
    const key = answers ? answerKey(method, req.url, req.headers) : null;
    if (key !== null) {
      const kept = answers!.get(key);
      if (kept) return sendKept(res, kept, method, /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? "")));
    }
    const mark = answers?.mark();
    if (answers && mark) res.once("close", () => answers.ended(mark));
    // Router (RSC) requests answer no HTML; CSP applies to documents only. The kept public API
    // reads (ADR 088) are one JSON for everyone too: gzipped here once per answer instead of by
    // Next on every request (ADR 146).
    if (
      (method !== "GET" && method !== "HEAD") ||
      req.headers.rsc !== undefined ||
      !(isCachedPublicPage(path, search) || isKeptPublicRead(path))
    ) {
      return handle(req, res);
    }
    const gzipAccepted = /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""));
    delete req.headers["accept-encoding"];
    delete req.headers["if-none-match"];
    delete req.headers["if-modified-since"];
    hold(res);
    return handle(req, res);

    function hold(response: ServerResponse) {
      const chunks: Buffer[] = [];
      const original = {
        write: response.write.bind(response),
        end: response.end.bind(response),
        writeHead: response.writeHead.bind(response),
        flushHeaders: response.flushHeaders.bind(response),
      };
      const toBuffer = (chunk: unknown, encoding?: unknown): Buffer =>
        Buffer.isBuffer(chunk)
          ? chunk
          : chunk instanceof Uint8Array
            ? Buffer.from(chunk)
            : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
      const callbackOf = (...args: unknown[]) => args.find((a): a is () => void => typeof a === "function");

      // Headers stay settable until the body is complete: writeHead only records them.
      response.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
        this.statusCode = status;
        const headers = rest.find((r) => typeof r === "object" && r !== null) as OutgoingHttpHeaders | unknown[] | undefined;
        if (typeof rest[0] === "string") this.statusMessage = rest[0];
        if (Array.isArray(headers)) {
          for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), String(headers[i + 1]));
        } else if (headers) {
          for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value);
        }
        return this;
      };
      response.flushHeaders = () => {};
      response.write = function write(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
        if (chunk !== undefined && chunk !== null) chunks.push(toBuffer(chunk, rest[0]));
        const callback = callbackOf(...rest);
        if (callback) process.nextTick(callback);
        return true;
      } as ServerResponse["write"];
      response.end = function end(this: ServerResponse, ...args: unknown[]) {
        const [chunk] = args;
        if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, args[1]));
        Object.assign(this, original);
        const body = Buffer.concat(chunks);
        const out = finish(this, body);
        return original.end(out, callbackOf(...args));
      } as ServerResponse["end"];
    }

    function finish(response: ServerResponse, body: Buffer): Buffer {
      const type = String(response.getHeader("content-type") ?? "");
      const policy = response.getHeader("content-security-policy");
      const html = /^text\/html/i.test(type);
      if (!(html || /^application\/json/i.test(type)) || body.length === 0) return body;
      const entry = prepared(body, html);
      if (html && typeof policy === "string" && !policy.includes("'nonce-")) {
        response.setHeader("Content-Security-Policy", withScriptSources(policy, entry.sources));
      }
      response.setHeader("Vary", mergeVary(response.getHeader("vary"), "Accept-Encoding"));
      if (key !== null && mark && method === "GET") {
        answers!.put(key, mark, {
          status: response.statusCode,
          headers: response.getHeaders(),
          body,
          gzip: () => (entry.gzip ??= gzipSync(body)),
        });
      }
      if (!gzipAccepted || response.getHeader("content-encoding") !== undefined) {
        response.setHeader("Content-Length", body.length);
        return method === "HEAD" ? Buffer.alloc(0) : body;
      }
      entry.gzip ??= gzipSync(body);
      response.setHeader("Content-Encoding", "gzip");
      response.setHeader("Content-Length", entry.gzip.length);
      return method === "HEAD" ? Buffer.alloc(0) : entry.gzip;
    }
  };
}

/**
 * A kept answer (ADR 150): its headers, the body in the encoding asked for, none for HEAD.
 * `X-Portal-Answer: kept` says it did not enter Next (its `x-nextjs-cache` is the one Next gave
 * the kept answer, a MISS for the first render after a catalog change).
 */
function sendKept(res: ServerResponse, kept: KeptAnswer, method: string, gzipAccepted: boolean) {
  const body = gzipAccepted ? kept.gzip() : kept.body;
  const headers: OutgoingHttpHeaders = { ...kept.headers, "Content-Length": body.length, "X-Portal-Answer": "kept" };
  if (gzipAccepted) headers["Content-Encoding"] = "gzip";
  res.writeHead(kept.status, headers);
  res.end(method === "HEAD" ? undefined : body);
}

function mergeVary(current: number | string | string[] | undefined, name: string): string {
  const values = (Array.isArray(current) ? current.join(",") : String(current ?? ""))
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  return values.some((v) => v.toLowerCase() === name.toLowerCase()) ? values.join(", ") : [...values, name].join(", ");
}
