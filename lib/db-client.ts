import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { withPortalClock } from "@/lib/db-clock";
import { encryptionAtRest, relationsOf } from "@/lib/db-crypto/extension";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Builds the Prisma client (driver adapter, no native engine). The app uses the shared
 * instance in lib/db.ts; scripts (seed, bench) that run outside Next call this directly.
 * Needs PORTAL_DATA_KEYS and PORTAL_HMAC_KEY (lib/db-crypto/keys.ts): it refuses to start without them.
 */
export function createDbClient(connectionString: string, slowQueryMs = 200) {
  // The pool is made here so that a statement carrying a file's bytes can use it directly ($pool
  // below, ADR 121): through Prisma, 250 KB of parameter travel as base64 and back and into the
  // query log's event, about ten times the CPU of the same statement on the pool. Prisma ends it
  // on $disconnect.
  const pool = new pg.Pool({ connectionString, max: 10 });
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    log: [{ emit: "event", level: "query" }],
    // A registration morning queues transactions behind the pool: wait for a connection rather
    // than fail after Prisma's 2 s default (bench/RESULTS.md, ADR 041).
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
  // Slow queries are where a registration-morning surge hurts first (Epic logs them too).
  client.$on("query", (event) => {
    if (event.duration >= slowQueryMs) {
      console.warn(`[db] slow query ${event.duration} ms: ${event.query.slice(0, 200)}`);
    }
  });
  // Every default timestamp comes from the portal's clock (lib/db-clock.ts); personal data is
  // encrypted at rest below this line (ADR 057): callers read and write plain values. An extended
  // client has no $on: the query log (slow queries above, tests that count statements) stays on
  // the base client, reached through $onQuery.
  return withPortalClock(client)
    .$extends(encryptionAtRest(relationsOf(client)))
    .$extends({
      client: {
        $onQuery: (listener: (event: { query: string; duration: number }) => void) => client.$on("query", listener),
        /** The client's own connections, for the few statements Prisma's parameters make costly (ADR 121). */
        $pool: (): pg.Pool => pool,
      },
    });
}

export type Db = ReturnType<typeof createDbClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
