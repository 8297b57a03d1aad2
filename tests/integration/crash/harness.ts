import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { PROJECT_ROOT } from "@/scripts/db/migrations-dir";
import type { CrashOperationName } from "./operations";

/**
 * Runs worker.ts as a separate Node process and SIGKILLs it at a random moment, over and over.
 * The worker is bundled once with esbuild (tsx would spend ~1 s more per start transforming
 * the module graph); packages with native or WebAssembly parts stay external and load from
 * node_modules, so the bundle lives under .data/ in the project. It starts in about 1 s.
 */

const EXTERNAL = [
  "@prisma/*",
  "pg",
  "sharp",
  "@node-rs/*",
  "@react-pdf/*",
  "exceljs",
  "next",
  "next-intl",
  "next-auth",
  "@auth/*",
];
let bundled: Promise<string> | undefined;

export function workerBundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = path.join(PROJECT_ROOT, ".data", "crash-worker");
    mkdirSync(dir, { recursive: true });
    const outdir = path.join(dir, String(process.pid));
    await build({
      entryPoints: { worker: path.join(PROJECT_ROOT, "tests/integration/crash/worker.ts") },
      outdir,
      outExtension: { ".js": ".mjs" },
      // One chunk per operation: a worker loads only its own operation's modules.
      splitting: true,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      external: EXTERNAL,
      alias: { "server-only": path.join(PROJECT_ROOT, "tests/support/server-only-stub.ts") },
      tsconfig: path.join(PROJECT_ROOT, "tsconfig.json"),
      banner: {
        js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      },
      logLevel: "error",
    });
    return path.join(outdir, "worker.mjs");
  })();
  return bundled;
}

/** Deletes this process's bundle (crash-case.ts, after its file's tests). */
export async function removeWorkerBundle(): Promise<void> {
  if (!bundled) return;
  const worker = await bundled;
  bundled = undefined;
  rmSync(path.dirname(worker), { recursive: true, force: true });
}

export interface KillReport {
  kills: number;
  /** Killed while it still had work: the kills that can leave something half done (all of them, unless the work ran out). */
  midWork: number;
}

/**
 * One worker life: start it and wait for its end. The worker SIGKILLs itself right after a
 * statement it picked at random among the next step's worth (worker.ts): the kill lands between
 * two statements of its own work, with two more requests in flight, however fast or slow the
 * machine is. A wall-clock delay would judge the machine's speed instead: on a quick machine the
 * work is done before the delay ends, on a loaded one the process has not started yet.
 * True when it died with work in hand (killed before it ran out of work).
 */
async function killOnce(bundle: string, operation: CrashOperationName, tag: string): Promise<boolean> {
  // Liftoff only: a process that lives a second never profits from V8's optimizing tier-up of
  // Prisma's WebAssembly query compiler, which costs half a second of CPU per start.
  const child = spawn(process.execPath, ["--liftoff-only", bundle, operation, tag], {
    cwd: PROJECT_ROOT,
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  if (signal !== "SIGKILL" && code !== 0) throw new Error(`worker failed (exit ${code}):\n${err.slice(-2000)}`);
  if (!out.includes("ready")) throw new Error(`worker died before its first step:\n${err.slice(-2000)}`);
  return signal === "SIGKILL" && !out.includes("idle");
}

/** `kills` worker lives, `parallel` at a time (startup is CPU-bound: two cores, two or three). */
export async function killRepeatedly(
  operation: CrashOperationName,
  tag: string,
  kills: number,
  parallel = 3,
): Promise<KillReport> {
  const bundle = await workerBundle();
  let started = 0;
  let midWork = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (started < kills) {
        started += 1;
        if (await killOnce(bundle, operation, tag)) midWork += 1;
      }
    }),
  );
  return { kills, midWork };
}
