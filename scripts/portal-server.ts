import { createServer } from "node:http";
import next from "next";
import { now } from "@/lib/clock";
import { onCatalogExpired } from "@/lib/server/catalog/catalog-expiry-listeners";
import { parseTrustedProxies } from "@/lib/server/http/trusted-proxies";
import { AnswerCache, msUntilBeijingMidnight } from "./portal-answers";
import { withInlineScriptHashes } from "./portal-csp";
import { withClientAddress } from "./portal-listener";

/**
 * The portal's HTTP server: Next's request handler inside a node:http server, so the client's
 * address comes from the socket (issue 10, ADR 055) instead of a header the client wrote.
 * `npm start`, the e2e server and the bench run this instead of `next start`.
 *
 *   node --import tsx scripts/portal-server.ts [--dev]
 *   PORT (3000); PORTAL_LISTEN_HOST (every interface, IPv4 and IPv6, like `next start`);
 *   PORTAL_TRUSTED_PROXIES (none: X-Forwarded-For is ignored).
 *
 * The cached public pages' inline scripts are allowed by their hashes, computed here from the HTML
 * served (scripts/portal-csp.ts, ADR 076), and their answers are kept a few seconds in front of
 * Next, dropped at once when a catalog tag expires in this process (scripts/portal-answers.ts,
 * ADR 150).
 */
async function main() {
  const dev = process.argv.includes("--dev");
  const port = Number(process.env.PORT ?? "3000");
  // Not HOSTNAME: containers export it as their own name.
  const listenHost = process.env.PORTAL_LISTEN_HOST || undefined;
  const proxies = parseTrustedProxies(process.env.PORTAL_TRUSTED_PROXIES);
  // lib/server/http/client-ip.ts trusts x-portal-client-ip only in a process this server runs.
  process.env.PORTAL_CLIENT_IP_SERVER = "1";
  const app = next({ dev, hostname: listenHost ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // Each batch's phase on the public pages is a Beijing day by the portal's clock (ADR 064).
  const answers = new AnswerCache({ msUntilDayEnds: () => msUntilBeijingMidnight(now()) });
  onCatalogExpired(() => answers.announce());
  const server = createServer(withClientAddress(withInlineScriptHashes(handle, answers), proxies));
  server.listen(port, listenHost, () => {
    const proxied = proxies.empty ? "X-Forwarded-For ignored" : "trusted proxies: PORTAL_TRUSTED_PROXIES";
    console.log(`> portal server on http://${listenHost ?? "localhost"}:${port} (${proxied})`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
