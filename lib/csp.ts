/**
 * The Content-Security-Policy of the portal's pages (issue 11, ADR 062). Pages rendered per
 * request get a fresh nonce from proxy.ts, which Next puts on every script it writes, so inline
 * script without the nonce (an HTML injection) does not run. Pages rendered once for everyone
 * (ADR 050) cannot carry a per-request nonce: they keep 'unsafe-inline' for scripts, and carry
 * no personal data and no user input.
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

/** The policy for a page: with a nonce (per-request pages) or 'unsafe-inline' (cached public pages). */
export function contentSecurityPolicy(options: { nonce?: string; dev?: boolean; staff?: boolean }): string {
  const script = [
    "script-src 'self'",
    options.nonce ? `'nonce-${options.nonce}'` : "'unsafe-inline'",
    options.dev ? "'unsafe-eval'" : "",
  ]
    .filter(Boolean)
    .join(" ");
  // Staff pages frame the PDFs they fetched as blob: URLs of their own making (ADR 046).
  return [...BASE, script, ...(options.staff ? ["frame-src blob:"] : [])].join("; ");
}

/** `/`, `/calendar`, `/calendar/2026`, `/projects`, `/institutions`, `/privacy`, `/guide`, with or without `/en`: force-static. */
const STATIC_PAGES = /^(?:\/en)?(?:\/?|\/calendar(?:\/\d{4})?\/?|\/projects\/?|\/institutions\/?|\/privacy\/?|\/guide\/?)$/;

export function isCachedPublicPage(pathname: string): boolean {
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

/** 128 random bits, base64: what CSP asks of a nonce. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
