import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, isCachedPublicPage, isFileRoute, isStaffPath, LOGIN_PAGE, newNonce } from "./lib/csp";
import { routing } from "./i18n/routing";

const intl = createMiddleware(routing);

/** `/calendar?year=2026`, the calendar's old address, and `/en/calendar?year=2026`. */
const CALENDAR = /^(\/en)?\/calendar\/?$/;

// Locale routing, and one old address. Authorization is checked inside every action and route
// handler, never here (style.md "Avoid").
export default function proxy(request: NextRequest) {
  const calendar = CALENDAR.exec(request.nextUrl.pathname);
  const year = request.nextUrl.searchParams.get("year");
  if (calendar && year !== null) {
    // A year is a path now, so the calendar can be prerendered per year (ADR 050).
    const url = request.nextUrl.clone();
    url.pathname = `${calendar[1] ?? ""}/calendar${/^\d{4}$/.test(year) ? `/${year}` : ""}`;
    url.searchParams.delete("year");
    return NextResponse.redirect(url, 308);
  }
  // The bare login address is cached for everyone; one with a query (`next`, `reset`,
  // `mobileChanged`) is the login page rendered per request (ADR 159).
  const login = LOGIN_PAGE.exec(request.nextUrl.pathname);
  if (login && request.nextUrl.search !== "") {
    const url = request.nextUrl.clone();
    url.pathname = `/${login[1] ? "en" : routing.defaultLocale}/login/with-query`;
    return withNonce(request, url);
  }
  return withNonce(request);
}

/**
 * Issue 11 (ADR 062): a page rendered for this request gets a fresh nonce. Next reads it from
 * the request's CSP header and writes it on every script of the page; the answer carries the
 * same policy, so a script without it (an injection) does not run. Cached public pages keep
 * next.config.ts's policy: their HTML is shared and cannot carry a per-request nonce, so the
 * portal server adds the hashes of the inline scripts it serves (scripts/portal-csp.ts, ADR 076);
 * file routes keep their own stricter one.
 */
function withNonce(request: NextRequest, rewriteTo?: URL) {
  const path = request.nextUrl.pathname;
  const shared = request.method === "GET" || request.method === "HEAD";
  if (!rewriteTo && ((shared && isCachedPublicPage(path, request.nextUrl.search)) || isFileRoute(path))) return intl(request);
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    staff: isStaffPath(path),
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  // A server action posted to a cached page (the login form without JavaScript) is rendered for
  // its request: it gets a nonce like any other.
  const response = rewriteTo
    ? NextResponse.rewrite(rewriteTo, { request: { headers } })
    : intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: "/((?!api|downloads|forms|staff-files|_next|_vercel|.*\\..*).*)",
};
