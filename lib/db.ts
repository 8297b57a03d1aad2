import "server-only";
import { createDbClient, type Db } from "@/lib/db-client";
import { readEnv } from "@/lib/env";

export type { Db, Tx } from "@/lib/db-client";

const globalForDb = globalThis as unknown as { portalDb?: Db };

function client(): Db {
  if (globalForDb.portalDb) return globalForDb.portalDb;
  const env = readEnv();
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL 未设置：请用 npm start 启动（会自动启动内置数据库）/ DATABASE_URL is not set");
  }
  // Kept on globalThis so dev reloads and every module share one pool.
  globalForDb.portalDb = createDbClient(env.DATABASE_URL, env.PORTAL_SLOW_QUERY_MS);
  return globalForDb.portalDb;
}

/** The one Prisma client, created on first use so a build without a database still works. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});
