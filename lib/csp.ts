/**
 * The Content-Security-Policy of the portal's pages (issue 11, ADR 062, ADR 076). Pages rendered
 * per request get a fresh nonce from proxy.ts, which Next puts on every script it writes, so
 * inline script without the nonce (an HTML injection) does not run. Pages rendered once for
 * everyone (ADR 050) cannot carry a per-request nonce: the portal server hashes the inline
 * scripts of the HTML it actually serves and lists those hashes (scripts/portal-csp.ts). No page
 * allows 'unsafe-inline' scripts; without the portal server, a cached page's inline scripts are
 * refused (fail closed).
 */

const BASE = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * The policy for a page: with a nonce (per-request pages), or with no inline script at all (the
 * default of next.config.ts; the portal server adds the hashes of a cached page's inline scripts).
 */
export function contentSecurityPolicy(options: { nonce?: string; dev?: boolean; staff?: boolean }): string {
  const script = ["script-src 'self'", options.nonce ? `'nonce-${options.nonce}'` : "", options.dev ? "'unsafe-eval'" : ""]
    .filter(Boolean)
    .join(" ");
  // Staff pages frame the PDFs they fetched as blob: URLs of their own making (ADR 046).
  return [...BASE, script, ...(options.staff ? ["frame-src blob:"] : [])].join("; ");
}

/**
 * `/`, `/calendar`, `/calendar/2026`, `/projects`, `/institutions`, `/privacy`, `/guide`, `/login`,
 * with or without `/en`: force-static. `/login` with a query is another page (ADR 159): proxy.ts
 * rewrites it to the login page rendered per request, which carries a nonce.
 */
const STATIC_PAGES =
  /^(?:\/en)?(?:\/?|\/calendar(?:\/\d{4})?\/?|\/projects\/?|\/institutions\/?|\/privacy\/?|\/guide\/?|\/login\/?)$/;

/** The login page's addresses; with a query they are rendered per request (ADR 159). */
export const LOGIN_PAGE = /^(\/en)?\/login\/?$/;

/**
 * A page rendered once for everyone, served with the hashes of its inline scripts instead of a
 * nonce. `search` is the address's query (`?…`, or empty): the login page is cached only without one.
 */
export function isCachedPublicPage(pathname: string, search = ""): boolean {
  if (LOGIN_PAGE.test(pathname) && search !== "") return false;
  return STATIC_PAGES.test(pathname);
}

/**
 * Route handlers inside the locale segment answer files with their own stricter policy
 * (`default-src 'none'; sandbox`, lib/server/http/file-response.ts): the proxy leaves them alone.
 * csp.test.ts holds this list to the route.ts files under app/[locale].
 */
const FILE_ROUTES =
  /^(?:\/en)?\/(?:me\/data\/download|staff\/exam\/sign-in-sheet|staff\/exam\/photo\/[^/]+|staff\/files\/[^/]+|staff\/results\/certificate\/[^/]+|staff\/results\/collection-form|staff\/security\/appeals\/[^/]+\/files\/[^/]+)\/?$/;

export function isFileRoute(pathname: string): boolean {
  return FILE_ROUTES.test(pathname);
}

export function isStaffPath(pathname: string): boolean {
  return /^(?:\/en)?\/staff(?:\/|$)/.test(pathname);
}

/**
 * The policy with these CSP source expressions (`'sha256-…'`) added to `script-src`; a policy
 * without `script-src` gets one (`'self'` plus them). Nothing else changes.
 */
export function withScriptSources(policy: string, sources: readonly string[]): string {
  if (sources.length === 0) return policy;
  const directives = policy.split(";").map((d) => d.trim());
  const at = directives.findIndex((d) => /^script-src(?:\s|$)/i.test(d));
  if (at === -1) return [...directives, ["script-src 'self'", ...sources].join(" ")].join("; ");
  directives[at] = [directives[at], ...sources].join(" ");
  return directives.join("; ");
}

/** A policy's `script-src` lets inline scripts run without a nonce or hash (what issue 11 forbids). */
export function allowsUnsafeInlineScript(policy: string): boolean {
  return /(?:^|;)\s*script-src\b[^;]*'unsafe-inline'/i.test(policy);
}

/**
 * The text of every inline `<script>` of an HTML document (those without `src`), as the browser
 * hashes it: the characters between the tags, untouched (script content is raw text in HTML).
 */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? "";
    if (/(?:^|\s)src\s*=/i.test(attributes)) continue;
    out.push(match[2] ?? "");
  }
  return out;
}

/** 128 random bits, base64: what CSP asks of a nonce. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
