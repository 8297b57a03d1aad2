import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQueryable,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

// The driver adapter the WASM schema engine talks through. @prisma/adapter-pg 7.10.1 has four
// bugs in this role (stack-notes "Prisma without the native engines"); each is worked around here.

/** Separate fields, never `connectionString`: see connectToShadowDb. */
export function poolConfigFromUrl(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  const sslmode = url.searchParams.get("sslmode");
  return {
    host: url.searchParams.get("host") ?? (decodeURIComponent(url.hostname) || "localhost"),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
    ssl:
      sslmode === "require" || sslmode === "no-verify"
        ? { rejectUnauthorized: false }
        : sslmode === "verify-full"
          ? true
          : undefined,
    max: 4,
  };
}

// Bug 1: no column type for PostgreSQL's internal one-byte `"char"` (OID 18: pg_class.relkind,
// pg_constraint.contype, ...), so every introspection query fails with "Unsupported column
// type char". The pg result is relabelled text (25) before adapter-pg maps the types, and the
// columns are then reported as Character, which the engine reads them as. Result rows are
// passed through by identity, so a WeakMap carries the information across adapter-pg.
const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumnsByRows = new WeakMap<object, number[]>();

function relabelCharColumns(result: unknown): void {
  for (const one of Array.isArray(result) ? result : [result]) {
    const { fields, rows } = (one ?? {}) as { fields?: { dataTypeID: number }[]; rows?: unknown[] };
    if (!fields || !rows) continue;
    const indexes: number[] = [];
    fields.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0) charColumnsByRows.set(rows, indexes);
  }
}

/** Wraps the promise form of `query` (the one adapter-pg uses); callback calls pass through. */
function patchQuery(target: { query: unknown }): void {
  const original = (target.query as (...args: unknown[]) => unknown).bind(target);
  target.query = (...args: unknown[]): unknown => {
    const out = original(...args);
    return out instanceof Promise ? out.then((result: unknown) => (relabelCharColumns(result), result)) : out;
  };
}

function makePool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  patchQuery(pool);
  pool.on("connect", (client) => patchQuery(client));
  pool.on("error", () => undefined); // an idle client dropped by the server is not our concern
  return pool;
}

function reportCharColumns<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

function fixAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  reportCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => reportCharColumns(await startTransaction(isolationLevel));
  // Bug 2: executeScript splits on ";" (breaks $$ bodies, runs statement by statement outside a
  // transaction). A query without parameters goes out as one simple-protocol query instead,
  // through executeRaw so errors are still mapped for the engine.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

export interface EngineAdapterFactory extends SqlMigrationAwareDriverAdapterFactory {
  /** Drops shadow databases the engine did not dispose of (call after the engine is freed). */
  cleanup(): Promise<void>;
}

export function createEngineAdapterFactory(databaseUrl: string): EngineAdapterFactory {
  const config = poolConfigFromUrl(databaseUrl);
  const shadows = new Set<string>();

  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client(config);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const dropShadow = async (name: string): Promise<void> => {
    shadows.delete(name);
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return fixAdapter(await new PrismaPg(makePool(config), { disposeExternalPool: true }).connect());
    },
    // Bug 3: adapter-pg builds the shadow pool from {...config, database}, but a
    // connectionString wins over `database`, so the "shadow" replay ran on the main database.
    // Bug 4: it dropped the shadow database before closing the pool connected to it.
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin(`CREATE DATABASE "${name}"`);
      shadows.add(name);
      const adapter = fixAdapter(
        await new PrismaPg(makePool({ ...config, database: name }), { disposeExternalPool: true }).connect(),
      );
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropShadow(name);
      };
      return adapter;
    },
    async cleanup() {
      await Promise.all([...shadows].map(dropShadow));
    },
  };
}
