import { spawn } from "node:child_process";
import pg from "pg";
import { createDbClient } from "@/lib/db-client";
import { seedCatalog } from "@/prisma/seed/catalog";
import { seedDemo } from "@/prisma/seed/demo";
import { seedDemoExam } from "@/prisma/seed/demo-exam";
import { seedDemoStaff } from "@/prisma/seed/demo-staff";
import { buildIfNeeded } from "@/scripts/build-if-needed";
import { migrate } from "@/scripts/db/migrate";
import { E2E_CLOCK_FILE, E2E_NOW, resetClock } from "./clock";
import { E2E_DATABASE, e2eDatabaseUrl } from "./database";
import { E2E_AUTH_SECRET } from "./session";

/**
 * Playwright's web server: a fresh database (E2E_DATABASE) on the test server (DATABASE_URL, set
 * by scripts/with-db.ts), catalog and demo data (seeded here explicitly, as PORTAL_DEMO=1 would),
 * a production build, and the portal server (scripts/portal-server.ts: Next behind the listener
 * that takes the client address from the connection, as `npm start` runs it).
 */
async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("DATABASE_URL is required (run through npm test or scripts/with-db.ts)");
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${E2E_DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${E2E_DATABASE}`);
  await admin.end();
  const databaseUrl = e2eDatabaseUrl();

  await migrate(databaseUrl);
  // The seeds write on the same clock as the server (issue 12 item 11): a seeded timeline in real
  // time would sort after every demo-time decision.
  resetClock();
  process.env.PORTAL_NOW = E2E_NOW;
  process.env.PORTAL_CLOCK_FILE = E2E_CLOCK_FILE;
  const db = createDbClient(databaseUrl);
  await seedCatalog(db);
  await seedDemo(db);
  await seedDemoExam(db);
  await seedDemoStaff(db);
  await db.$disconnect();

  resetClock();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORTAL_NOW: E2E_NOW,
    PORTAL_CLOCK_FILE: E2E_CLOCK_FILE,
    AUTH_SECRET: E2E_AUTH_SECRET, // the login fixture mints sessions with it (ADR 129)
    NODE_ENV: "production" as const,
  };
  buildIfNeeded(env);
  const port = process.env.E2E_PORT ?? "3100";
  const next = spawn(process.execPath, ["--import", "tsx", "scripts/portal-server.ts"], {
    stdio: "inherit",
    env: { ...env, PORT: port },
  });
  const stop = () => next.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  next.on("exit", (code) => process.exit(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
