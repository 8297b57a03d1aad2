import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import { isCachedPublicPage } from "@/lib/csp";

/**
 * The portal server's answer cache (ADR 150): the last answers of the cached public pages and the
 * kept public API reads, served without entering Next at all. They are one answer for everyone
 * already (ADR 050, 088); what Next still spent per request on a cache hit was its whole request
 * path (routing, the proxy, the response cache lookup), which kept /calendar, /projects and
 * /institutions under half a static file's rate (issue 14).
 *
 * An answer is kept only if it is as fresh as Next's: Next called it fresh (`x-nextjs-cache`
 * HIT, MISS or REVALIDATED, never STALE) with a shared max-age, and
 * - it is dropped when any catalog tag expires in this process (`clear`, from `expireCatalog`
 *   through lib/server/catalog/catalog-expiry-listeners.ts), and again when the request that
 *   expired it ends: Next applies the expiry at the end of that request, so an answer rendered
 *   from the old data in between must not stay;
 * - an answer that started before the latest `clear` is not stored;
 * - it lives at most `maxAgeMs` (5 s) and never past the next midnight in Beijing by the portal's
 *   clock (each batch's phase on the pages is a Beijing day, ADR 064).
 * So the cache serves only what Next itself served at most five seconds earlier, on the same day.
 */

export interface KeptAnswer {
  status: number;
  /** Every header of the answer but its length, encoding and date (set per request). */
  headers: OutgoingHttpHeaders;
  /** The body as Next gave it. */
  body: Buffer;
  /** Its gzip, made at most once (shared with the CSP wrapper's per-body work, ADR 076). */
  gzip: () => Buffer;
  expiresAt: number;
  bytes: number;
}

export interface AnswerCacheOptions {
  /** Longest life of an answer, ms. */
  maxAgeMs?: number;
  maxEntries?: number;
  maxBytes?: number;
  /** The wall clock for lifetimes (ms). */
  clock?: () => number;
  /** Ms until the portal's day (Beijing) ends, by the portal's clock. */
  msUntilDayEnds?: () => number;
}

const HOP_HEADERS = new Set(["content-length", "content-encoding", "date", "connection", "keep-alive", "transfer-encoding"]);

/** The kept public API reads and the query strings next.config.ts rewrites to them (ADR 088). */
const KEPT_READS = /^\/api\/v1\/(?:projects|institutions|batches)$/;
const KEPT_READ_QUERIES = /^(?:|year=\d{4})$/;

/**
 * The request headers Next's answer for these addresses depends on besides the path: the
 * router's (the answer is a flight, not HTML), a server action's, draft mode's cookie, ranges,
 * Next's internal ones. A request with any of them goes to Next as before.
 */
const DIFFERENT_ANSWER_HEADERS =
  /^(?:rsc|next-router-[a-z-]+|next-action|next-url|range|x-middleware-[a-z-]+|x-nextjs-[a-z-]+|x-invoke-[a-z-]+|x-now-route-matches)$/;
const DRAFT_MODE_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/;

/**
 * The cache key of a request that may be answered from the cache (method and address; GET and
 * HEAD share one, HEAD sending no body), or null. Cookies other than draft mode's change nothing:
 * the pages are `force-static` (no `cookies()`), the locale is the path's (`localeCookie: false`,
 * i18n/routing.ts) and the header's signed-in links come from the browser (ADR 089).
 */
export function answerKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const [path = "/", query = "", ...rest] = (url ?? "/").split("?");
  if (rest.length > 0) return null;
  if (isCachedPublicPage(path)) {
    // `_rsc=` and any other query: Next's business (the old calendar address redirects).
    if (query !== "" || (url ?? "").includes("?")) return null;
  } else if (!(KEPT_READS.test(path) && KEPT_READ_QUERIES.test(query))) {
    return null;
  }
  for (const name of Object.keys(headers)) if (DIFFERENT_ANSWER_HEADERS.test(name)) return null;
  const cookie = headers.cookie;
  if (cookie !== undefined && DRAFT_MODE_COOKIE.test(String(cookie))) return null;
  return query === "" ? path : `${path}?${query}`;
}

/** How long Next lets shared caches keep the answer (s-maxage, else max-age), ms; 0: not at all. */
export function sharedMaxAgeMs(cacheControl: number | string | readonly string[] | undefined): number {
  const value = (Array.isArray(cacheControl) ? cacheControl.join(",") : String(cacheControl ?? "")).toLowerCase();
  if (value === "" || /\b(?:no-store|no-cache|private)\b/.test(value)) return 0;
  const seconds = /\bs-maxage=(\d+)/.exec(value)?.[1] ?? /\bmax-age=(\d+)/.exec(value)?.[1];
  return seconds === undefined ? 0 : Number(seconds) * 1000;
}

const BEIJING_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** Ms from `instant` to the next midnight in Beijing (UTC+8, no daylight saving). */
export function msUntilBeijingMidnight(instant: Date): number {
  return DAY_MS - ((instant.getTime() + BEIJING_OFFSET_MS) % DAY_MS);
}

export class AnswerCache {
  readonly maxAgeMs: number;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly clock: () => number;
  private readonly msUntilDayEnds: () => number;
  private readonly answers = new Map<string, KeptAnswer>();
  private bytes = 0;
  private generation = 0;
  private announcements = 0;

  constructor(options: AnswerCacheOptions = {}) {
    this.maxAgeMs = options.maxAgeMs ?? 5_000;
    this.maxEntries = options.maxEntries ?? 128;
    this.maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    this.clock = options.clock ?? Date.now;
    this.msUntilDayEnds = options.msUntilDayEnds ?? (() => msUntilBeijingMidnight(new Date()));
  }

  get size(): number {
    return this.answers.size;
  }

  get(key: string): KeptAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (answer.expiresAt <= this.clock()) {
      this.remove(key, answer);
      return undefined;
    }
    return answer;
  }

  /** What a request notes when it starts, so that its answer is stored only if nothing was dropped meanwhile. */
  mark(): { generation: number; announcements: number } {
    return { generation: this.generation, announcements: this.announcements };
  }

  /** A catalog tag expired in this process: drop everything, at once. */
  announce(): void {
    this.announcements += 1;
    this.clear();
  }

  /**
   * A request that was in flight when a tag expired has ended: Next has applied the expiry by
   * now, so whatever was stored since from the old data goes too.
   */
  ended(mark: { announcements: number }): void {
    if (mark.announcements !== this.announcements) this.clear();
  }

  clear(): void {
    this.generation += 1;
    this.answers.clear();
    this.bytes = 0;
  }

  /**
   * Keeps a GET's answer if it may be kept (see the file's comment); returns whether it did.
   * `responseHeaders` are the answer's final headers (CSP with its hashes, ADR 076).
   */
  put(
    key: string,
    mark: { generation: number },
    answer: { status: number; headers: OutgoingHttpHeaders; body: Buffer; gzip: () => Buffer },
  ): boolean {
    if (mark.generation !== this.generation || answer.status !== 200 || answer.body.length === 0) return false;
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || HOP_HEADERS.has(name.toLowerCase())) continue;
      headers[name] = value;
    }
    if (answer.headers["set-cookie"] !== undefined) return false;
    if (answer.headers["content-encoding"] !== undefined) return false;
    const nextCache = String(answer.headers["x-nextjs-cache"] ?? "").toUpperCase();
    if (!["HIT", "MISS", "REVALIDATED"].includes(nextCache)) return false;
    const life = Math.min(this.maxAgeMs, sharedMaxAgeMs(answer.headers["cache-control"]), this.msUntilDayEnds());
    if (life <= 0) return false;
    const bytes = answer.body.length * 2;
    if (bytes > this.maxBytes) return false;
    const previous = this.answers.get(key);
    if (previous) this.remove(key, previous);
    while (this.answers.size >= this.maxEntries || this.bytes + bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.answers.entries().next().value as [string, KeptAnswer];
      this.remove(oldestKey, oldest);
    }
    this.answers.set(key, { status: 200, headers, body: answer.body, gzip: answer.gzip, expiresAt: this.clock() + life, bytes });
    this.bytes += bytes;
    return true;
  }

  private remove(key: string, answer: KeptAnswer) {
    this.answers.delete(key);
    this.bytes -= answer.bytes;
  }
}
