import { spawn } from "node:child_process";
import path from "node:path";
import { isMain, runCli } from "./db/cli";
import { TEST_DATA_DIR, TEST_PORT, startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded";
import { PROJECT_ROOT } from "./db/migrations-dir";

// `tsx scripts/with-db.ts -- <cmd> [args]`: runs a command with DATABASE_URL set. An existing
// DATABASE_URL (CI, a developer's server) is used as is; otherwise an embedded server with its own
// data folder and port, so tests never touch the app's data and can run while `npm start` does.

export async function withDb(command: string, args: string[]): Promise<number> {
  let server: EmbeddedPostgres | undefined;
  const env = { ...process.env };
  if (!env.DATABASE_URL) {
    server = await startEmbeddedPostgres({ dataDir: path.join(PROJECT_ROOT, TEST_DATA_DIR), port: TEST_PORT });
    env.DATABASE_URL = server.url;
  }
  try {
    return await runCommand(command, args, env);
  } finally {
    await server?.stop();
  }
}

function runCommand(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    // shell on Windows only, where npx/vitest are .cmd files.
    const child = spawn(command, args, { stdio: "inherit", env, shell: process.platform === "win32" });
    // In a terminal, Ctrl-C already reaches the child (same process group): passing it on too
    // would make vitest see two and skip its cleanup. Other signals (kill, CI cancel) are passed
    // on. Either way we wait for the child, then stop the server.
    const forward = (signal: NodeJS.Signals): void => {
      if (signal !== "SIGINT" || !process.stdin.isTTY) child.kill(signal);
    };
    const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const signal of signals) process.on(signal, forward);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolve(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1));
    });
  });
}

if (isMain(import.meta.url)) {
  runCli(async () => {
    const argv = process.argv.slice(2);
    const rest = argv[0] === "--" ? argv.slice(1) : argv;
    const [command, ...args] = rest;
    if (!command) throw new Error("usage: tsx scripts/with-db.ts -- <command> [args...]");
    return withDb(command, args);
  });
}
