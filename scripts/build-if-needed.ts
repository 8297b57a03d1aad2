import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "next.config.ts",
  "proxy.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "prisma/schema.prisma",
];
const MARK = path.join(".next", "portal-source-fingerprint");

function walk(entry: string, out: string[]) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    if (entry.endsWith("generated")) return;
    for (const child of readdirSync(entry)) walk(path.join(entry, child), out);
  } else if (!/\.test\.tsx?$/.test(entry)) {
    // Unit tests sit beside the code but are never part of the build: editing one needs no rebuild.
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

function fingerprint(): string {
  const entries: string[] = [];
  for (const source of SOURCES) walk(source, entries);
  return createHash("sha256").update(entries.sort().join("\n")).digest("hex");
}

/** `next build` only when the sources changed since the last build, so a second start is quick. */
export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env): void {
  const current = fingerprint();
  if (existsSync(path.join(".next", "BUILD_ID")) && existsSync(MARK) && readFileSync(MARK, "utf8") === current) return;
  console.log("正在构建（首次启动约 1 分钟）/ building the app (about a minute the first time)…");
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(MARK, current);
}
