import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  allowsUnsafeInlineScript,
  contentSecurityPolicy,
  isCachedPublicPage,
  isFileRoute,
  isStaffPath,
  newNonce,
  withScriptSources,
} from "./csp";

/** Every route.ts under app/[locale], as a path with its dynamic segments filled in. */
function localeRoutes(): string[] {
  const root = path.join(process.cwd(), "app", "[locale]");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("route.ts"))
    .map(
      (f) =>
        "/" +
        path
          .dirname(f)
          .split(path.sep)
          .join("/")
          .replace(/\[[^\]]+\]/g, "x1"),
    );
}

/** Every page under app/[locale] rendered once for everyone (`force-static`), as a path ([year] → 2026). */
function forceStaticPages(): string[] {
  const root = path.join(process.cwd(), "app", "[locale]");
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("page.tsx") && readFileSync(path.join(root, f), "utf8").includes('"force-static"'))
    .map((f) => ("/" + path.dirname(f).split(path.sep).join("/")).replace(/\[[^\]]+\]/g, "2026").replace(/^\/\.$/, "/"));
}

describe("issue 11 CSP", () => {
  it("every force-static page is known as cached, so its shared HTML is not held to a nonce it cannot carry", () => {
    const pages = forceStaticPages();
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) {
      expect(isCachedPublicPage(page), page).toBe(true);
      expect(isCachedPublicPage(`/en${page === "/" ? "" : page}`), page).toBe(true);
    }
  });

  it("allows inline script only by nonce on per-request pages", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123==" });
    expect(policy).toContain("script-src 'self' 'nonce-abc123=='");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    // The default (cached pages, ADR 076): no inline script at all until the portal server adds hashes.
    expect(contentSecurityPolicy({})).toMatch(/script-src 'self'$/);
    expect(allowsUnsafeInlineScript(contentSecurityPolicy({}))).toBe(false);
    expect(allowsUnsafeInlineScript("default-src 'self'; script-src 'self' 'unsafe-inline'")).toBe(true);
    expect(allowsUnsafeInlineScript("style-src 'unsafe-inline'; script-src 'self'")).toBe(false);
    expect(contentSecurityPolicy({ nonce: "n", staff: true })).toContain("frame-src blob:");
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("frame-src");
  });

  it("knows the pages rendered once for everyone (ADR 050)", () => {
    for (const path of [
      "/",
      "/en",
      "/en/",
      "/calendar",
      "/calendar/2026",
      "/en/projects",
      "/institutions",
      "/privacy",
      "/en/privacy",
      "/login",
      "/en/login",
    ])
      expect(isCachedPublicPage(path), path).toBe(true);
    // ADR 159: the login page with a query (`next`, `reset`, `mobileChanged`) is rendered per request.
    for (const search of ["?next=/me", "?reset=1", "?mobileChanged=1", "?"]) {
      expect(isCachedPublicPage("/login", search), search).toBe(false);
      expect(isCachedPublicPage("/en/login", search), search).toBe(false);
    }
    expect(isCachedPublicPage("/calendar", "?x=1")).toBe(true);
    for (const path of ["/me", "/login/with-query", "/signup", "/staff", "/en/me/data", "/notice", "/calendar/x", "/eligibility"])
      expect(isCachedPublicPage(path), path).toBe(false);
    expect(isStaffPath("/en/staff/review")).toBe(true);
    expect(isStaffPath("/staffing")).toBe(false);
  });

  it("leaves every file route of app/[locale] to its own stricter policy, and no page", () => {
    const routes = localeRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(6);
    for (const route of routes) {
      expect(isFileRoute(route), route).toBe(true);
      expect(isFileRoute(`/en${route}`), route).toBe(true);
    }
    for (const page of ["/me/data", "/staff/files", "/staff/exam", "/staff/results"]) expect(isFileRoute(page), page).toBe(false);
  });

  it("adds hash sources to script-src and nothing else", () => {
    const policy = contentSecurityPolicy({});
    const hashed = withScriptSources(policy, ["'sha256-AAA='", "'sha256-BBB='"]);
    expect(hashed).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(hashed.replace(" 'sha256-AAA=' 'sha256-BBB='", "")).toBe(policy);
    expect(withScriptSources(policy, [])).toBe(policy);
    expect(withScriptSources("default-src 'none'", ["'sha256-A='"])).toBe("default-src 'none'; script-src 'self' 'sha256-A='");
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });
});
