import { existsSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "../build-if-needed";
import { isMain } from "../db/cli";
import { PROJECT_ROOT } from "../db/migrations-dir";
import { startAppServer, type AppServer } from "./app-server";
import { freshBenchDatabase, type BenchDatabase } from "./database";
import { machine, printMetrics, type Metric } from "./report";

/** What every part of the bench gets: a fresh seeded database and `next start` on it. */
export interface BenchContext {
  database: BenchDatabase;
  app: AppServer;
}

export type BenchPart = (context: BenchContext) => Promise<Metric[]>;

/**
 * The production build, made when the sources changed since the last one
 * (scripts/build-if-needed.ts). BENCH_NO_BUILD=1 takes .next as it is (repeated runs while the
 * tree is being edited).
 */
export function ensureBuild(): void {
  process.chdir(PROJECT_ROOT);
  if (process.env.BENCH_NO_BUILD === "1" && existsSync(path.join(PROJECT_ROOT, ".next", "BUILD_ID"))) return;
  buildIfNeeded({ ...process.env, NODE_ENV: "production" });
}

/** What a part that asked for no app server gets instead of one: any use is a mistake in the part's declaration. */
const NO_APP = new Proxy({} as AppServer, {
  get() {
    throw new Error("this bench part was declared without the app server (app: false) but uses it");
  },
});

/** `app: false`: only the database (no build, no server), for parts that run the portal's code in-process. */
export async function withBenchContext<T>(
  run: (context: BenchContext) => Promise<T>,
  options: { app?: boolean } = {},
): Promise<T> {
  const withApp = options.app ?? true;
  if (withApp) ensureBuild();
  const database = await freshBenchDatabase();
  let app: AppServer | undefined;
  try {
    app = withApp ? await startAppServer(database.url) : undefined;
    return await run({ database, app: app ?? NO_APP });
  } finally {
    await app?.stop();
    await database.drop();
  }
}

/** `tsx bench/<part>.ts`: one part alone, on its own database and server. */
export function runPartAlone(importMetaUrl: string, title: string, part: BenchPart): void {
  if (!isMain(importMetaUrl)) return;
  console.log(`${title}\n${machine()}`);
  withBenchContext(part).then(
    (metrics) => {
      printMetrics(title, metrics);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
