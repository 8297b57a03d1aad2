import { spawn } from "node:child_process";
import { createDbClient } from "@/lib/db-client";
import { seedCatalog } from "@/prisma/seed/catalog";
import { DEMO_ACCOUNTS, seedDemo } from "@/prisma/seed/demo";
import { seedDemoExam } from "@/prisma/seed/demo-exam";
import { DEMO_TOTP_SECRET, seedDemoStaff } from "@/prisma/seed/demo-staff";
import { buildIfNeeded } from "./build-if-needed";
import { startEmbeddedPostgres, stopOnSignals } from "./db/embedded";
import { migrate } from "./db/migrate";
import { jobToken, scheduleJobs } from "./job-scheduler";
import { encryptData } from "./db/encrypt-data";
import { demoWanted, ensureAuthSecret, ensureDataKeys, resolvePortalNow } from "./runtime-env";

/**
 * `npm start`: the portal on a fresh machine. Uses DATABASE_URL when given, else an embedded
 * PostgreSQL under .data/postgres. Demo accounts (published passwords and TOTP secret) only on
 * the embedded database, or anywhere when PORTAL_DEMO=1 says so explicitly (issue 10); with
 * DATABASE_URL and no PORTAL_DEMO=1, the catalog only. Runs scripts/portal-server.ts (Next inside
 * a node:http server that takes the client address from the connection, ADR 055) and exits
 * non-zero when it dies, so a process manager restarts it. `npm run dev` does the same in dev mode.
 */
async function main() {
  const dev = process.argv.includes("--dev");
  const port = process.env.PORT ?? "3000";
  let databaseUrl = process.env.DATABASE_URL;
  let stopDatabase: (() => Promise<void>) | undefined;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: ".data/postgres" });
    databaseUrl = embedded.url;
    stopDatabase = embedded.stop;
  }

  ensureDataKeys();
  await migrate(databaseUrl);
  // Encryption at rest (ADR 057): rows from before it, or under an older key, are encrypted now.
  await encryptData(databaseUrl, { log: (line) => console.log(`[encryption] ${line}`) });
  const portalNow = resolvePortalNow(process.env.PORTAL_NOW);
  // The seeds write on the portal's clock too (issue 12 item 11): demo rows at the demo moment.
  if (portalNow) process.env.PORTAL_NOW = portalNow;
  else delete process.env.PORTAL_NOW;
  const db = createDbClient(databaseUrl);
  await seedCatalog(db);
  const withDemo = demoWanted(process.env.PORTAL_DEMO, stopDatabase !== undefined);
  if (withDemo) {
    await seedDemo(db);
    await seedDemoExam(db);
    await seedDemoStaff(db);
  }
  await db.$disconnect();

  const token = jobToken();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: ensureAuthSecret(),
    PORT: port,
    PORTAL_JOB_TOKEN: token,
  };
  if (portalNow) env.PORTAL_NOW = portalNow;
  else delete env.PORTAL_NOW;

  if (!dev) buildIfNeeded({ ...env, NODE_ENV: "production" });
  const next = spawn(process.execPath, ["--import", "tsx", "scripts/portal-server.ts", ...(dev ? ["--dev"] : [])], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
  });

  printBanner(port, portalNow, withDemo, stopDatabase !== undefined);
  const stopJobs = scheduleJobs(port, token);
  let stopping = false;
  const stopAll = async () => {
    stopping = true;
    stopJobs();
    next.kill("SIGTERM");
    await stopDatabase?.();
  };
  stopOnSignals(stopAll);
  next.on("exit", (code, signal) => {
    // Asked to stop: done. Died on its own (a crash, the OOM killer, even a clean exit 0):
    // non-zero, so systemd/pm2/docker restart it. Also with DATABASE_URL, where there is no
    // embedded database to stop first.
    const status = stopping ? 0 : code || 1;
    if (!stopping) console.error(`portal server exited (${signal ?? `code ${code}`}); stopping with status ${status}`);
    stopJobs();
    void Promise.resolve(stopDatabase?.()).finally(() => process.exit(status));
  });
}

function printBanner(port: string, portalNow: string | undefined, withDemo: boolean, embedded: boolean) {
  const lines = [
    "",
    "四川省专项职业能力考核报名平台 / Sichuan assessment registration portal",
    `  地址 URL:        http://localhost:${port}   (English: http://localhost:${port}/en)`,
    `  数据库 database: ${embedded ? "内置 PostgreSQL（.data/postgres）/ embedded" : "DATABASE_URL"}`,
    `  时钟 clock:      ${portalNow ? `${portalNow}（演示时钟 demo clock；PORTAL_NOW=real 使用真实时间）` : "真实时间 real time"}`,
  ];
  if (withDemo) {
    lines.push("  演示账号 demo accounts:");
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.role.padEnd(28)} ${account.login.padEnd(20)} ${account.password}`);
    lines.push(`  工作人员和机构动态验证码 staff and institution TOTP: 验证器添加密钥 add the key ${DEMO_TOTP_SECRET}`);
    lines.push("    或运行 or run: npx tsx prisma/seed/demo-staff.ts   (打印当前6位验证码 prints the current code)");
  }
  lines.push("");
  console.log(lines.join("\n"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
