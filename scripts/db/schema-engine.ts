import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget, SchemaEngine } from "@prisma/schema-engine-wasm";
import { createEngineAdapterFactory } from "./engine-adapter";
import { LOCKFILE_CONTENT, LOCKFILE_NAME, MIGRATIONS_DIR, SCHEMA_PATH, readLockfile, readMigrations } from "./migrations-dir";

// Prisma's schema engine compiled to WASM, driven through a driver adapter, because the native
// engine cannot be downloaded here. Used to author migrations and to detect drift; applying them
// is scripts/db/migrate.ts. See stack-notes "Prisma without the native engines".

export interface SchemaInput {
  /** Defaults to prisma/schema.prisma. */
  schemaPath?: string;
  /** Schema text to use instead of reading schemaPath (e.g. an edited copy in a test). */
  schemaText?: string;
  migrationsDir?: string;
}

export interface DiffOutput {
  /** 0: no difference, 2: differences (as `prisma migrate diff --exit-code`). */
  exitCode: number;
  /** SQL that turns `from` into `to`; empty when nothing differs. */
  sql: string;
  /** Prisma's human-readable summary of the same difference. */
  summary: string;
}

interface WasmGlue {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: typeof SchemaEngine;
}

let lastPanic = "";
let enginePromise: Promise<WasmGlue> | undefined;

// The glue keeps one module-level instance, so the WASM is loaded once per process.
function loadEngine(): Promise<WasmGlue> {
  enginePromise ??= (async () => {
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as WasmGlue & Record<string, unknown>;
    const require = createRequire(import.meta.url);
    // The CLI's own copy of the engine (same commit as the prisma package); the glue package's
    // copy is the fallback if the CLI's imports ever stop matching the glue.
    const candidates = [
      path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm"),
      path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm"),
    ];
    for (const file of candidates) {
      const wasmModule = await WebAssembly.compile(await fs.readFile(file));
      const missing = WebAssembly.Module.imports(wasmModule).filter((imp) => !(imp.name in glue));
      if (missing.length > 0) continue;
      const imports = { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports };
      const instance = await WebAssembly.instantiate(wasmModule, imports);
      glue.__wbg_set_wasm(instance.exports);
      (instance.exports.__wbindgen_start as () => void)();
      return glue;
    }
    throw new Error(`No schema_engine_bg.wasm matches the installed glue (${candidates.join(", ")})`);
  })();
  return enginePromise;
}

/** Runs `fn` with a schema engine connected to `databaseUrl` (shadow databases on its server). */
export async function withSchemaEngine<T>(
  databaseUrl: string,
  schema: { path: string; content: string },
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const glue = await loadEngine();
  const factory = createEngineAdapterFactory(databaseUrl);
  const log = (line: string): void => {
    if (process.env.PORTAL_DEBUG_DB === "1") process.stderr.write(`[schema-engine] ${line}\n`);
  };
  lastPanic = "";
  let engine: SchemaEngine | undefined;
  try {
    engine = await glue.SchemaEngine.new(
      { datamodels: [[schema.path, schema.content]] },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await fn(engine);
  } catch (error) {
    throw engineError(error);
  } finally {
    engine?.free();
    await factory.cleanup();
  }
}

function engineError(error: unknown): Error {
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : JSON.stringify(error);
  return new Error(`Schema engine: ${message}${lastPanic ? `\n${lastPanic}` : ""}`);
}

async function readSchema(input: SchemaInput): Promise<{ path: string; content: string }> {
  const schemaPath = path.resolve(input.schemaPath ?? SCHEMA_PATH);
  return { path: schemaPath, content: input.schemaText ?? (await fs.readFile(schemaPath, "utf8")) };
}

async function migrationsTarget(dir: string): Promise<DiffTarget> {
  const migrations = await readMigrations(dir);
  return {
    tag: "migrations",
    baseDir: dir,
    // A folder without migrations has no lockfile yet; the engine needs one to pick the connector.
    lockfile: { path: LOCKFILE_NAME, content: (await readLockfile(dir)) ?? LOCKFILE_CONTENT },
    shadowDbInitScript: "",
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  };
}

async function diff(engine: SchemaEngine, from: DiffTarget, to: DiffTarget): Promise<DiffOutput> {
  const params = { from, to, exitCode: true, filters: { externalTables: [], externalEnums: [] } };
  const script = await engine.diff({ ...params, script: true });
  const summary = await engine.diff({ ...params, script: false });
  const sql = script.stdout ?? "";
  return { exitCode: script.exitCode, sql: script.exitCode === 0 ? "" : sql, summary: summary.stdout ?? "" };
}

/**
 * Replays the migrations folder on a shadow database and compares the result with the schema:
 * the SQL of the migration that is missing, or exitCode 0. `databaseUrl` only needs the right to
 * CREATE DATABASE; it is not changed.
 */
export async function diffMigrationsToSchema(databaseUrl: string, input: SchemaInput = {}): Promise<DiffOutput> {
  const schema = await readSchema(input);
  const from = await migrationsTarget(path.resolve(input.migrationsDir ?? MIGRATIONS_DIR));
  return withSchemaEngine(databaseUrl, schema, (engine) => diff(engine, from, { tag: "schemaDatamodel", files: [schema] }));
}

/** Compares the live database at `databaseUrl` with the schema (drift of a deployed database). */
export async function diffDatabaseToSchema(databaseUrl: string, input: SchemaInput = {}): Promise<DiffOutput> {
  const schema = await readSchema(input);
  return withSchemaEngine(databaseUrl, schema, (engine) =>
    diff(
      engine,
      { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schema.path) },
      { tag: "schemaDatamodel", files: [schema] },
    ),
  );
}

/** Prisma's own view of a database's migration history (what `prisma migrate status` reports). */
export async function diagnoseMigrationHistory(
  databaseUrl: string,
  input: SchemaInput = {},
): Promise<{ failed: string[]; edited: string[]; history: unknown; hasMigrationsTable: boolean }> {
  const schema = await readSchema(input);
  const migrationsList = await migrationsTarget(path.resolve(input.migrationsDir ?? MIGRATIONS_DIR));
  if (migrationsList.tag !== "migrations") throw new Error("unreachable");
  const { tag: _tag, ...list } = migrationsList;
  return withSchemaEngine(databaseUrl, schema, async (engine) => {
    const out = await engine.diagnoseMigrationHistory({
      migrationsList: list,
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    });
    return {
      failed: out.failedMigrationNames,
      edited: out.editedMigrationNames,
      history: out.history,
      hasMigrationsTable: out.hasMigrationsTable,
    };
  });
}
