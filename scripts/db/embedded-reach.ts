import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import type { PostgresBinaries, RunAs } from "./embedded-binaries";

// As root, PostgreSQL runs as the `postgres` system user (embedded-binaries.ts), which must reach
// the binaries and the data folder. A clone in a private folder (root's home is mode 0700) hides
// both: `spawn …/initdb EACCES`. Then the binaries are copied to, and the data kept in, a folder of
// the machine that user can reach. Nothing moves for a user who is not root, or when it can reach them.

/** Where root keeps the embedded server's binaries and data when the project folder is private. */
export function sharedRoot(): string {
  return process.env.PORTAL_EMBEDDED_PG_ROOT ?? "/var/lib/sichuan-portal-postgres";
}

/** Whether `runAs` can enter `dir` (every folder on the way needs the x bit for that user). */
export function canReach(dir: string, runAs: RunAs): boolean {
  const probe = spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], { uid: runAs.uid, gid: runAs.gid, stdio: "ignore" });
  return probe.status === 0;
}

/** The binaries where `runAs` can run them: in place, or copied once under sharedRoot(). */
export async function reachableBinaries(binaries: PostgresBinaries, runAs: RunAs | undefined): Promise<PostgresBinaries> {
  const binDir = path.dirname(binaries.postgres);
  if (!runAs || canReach(binDir, runAs)) return binaries;
  const nativeDir = path.resolve(binDir, "..");
  const version = JSON.parse(fs.readFileSync(path.resolve(nativeDir, "..", "package.json"), "utf8")) as { version: string };
  const root = sharedRoot();
  const target = path.join(root, `bin-${version.version}`);
  const done = path.join(target, ".complete");
  if (!fs.existsSync(done)) {
    const temp = `${target}.tmp-${process.pid}`;
    await fsp.rm(temp, { recursive: true, force: true });
    await fsp.mkdir(root, { recursive: true, mode: 0o755 });
    await fsp.chmod(root, 0o755);
    // verbatimSymlinks: the library links (libicuuc.so.60 → …) stay relative to the copy.
    await fsp.cp(nativeDir, temp, { recursive: true, verbatimSymlinks: true });
    await fsp.writeFile(path.join(temp, ".complete"), "");
    await fsp.rm(target, { recursive: true, force: true });
    await fsp.rename(temp, target);
  }
  return {
    initdb: path.join(target, "bin", path.basename(binaries.initdb)),
    postgres: path.join(target, "bin", path.basename(binaries.postgres)),
  };
}

/**
 * The data folder `runAs` will use for `dataDir`: itself when reachable, else a folder under
 * sharedRoot() named after `dataDir`'s absolute path, so every start of this checkout finds the
 * same data and two checkouts never share one.
 */
export async function reachableDataDir(dataDir: string, runAs: RunAs | undefined): Promise<string> {
  if (!runAs) return dataDir;
  await fsp.mkdir(path.dirname(dataDir), { recursive: true });
  if (canReach(path.dirname(dataDir), runAs)) return dataDir;
  const key = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  const root = sharedRoot();
  const parent = path.join(root, "data");
  await fsp.mkdir(parent, { recursive: true, mode: 0o755 });
  await fsp.chmod(root, 0o755);
  await fsp.chmod(parent, 0o755);
  const moved = path.join(parent, `${path.basename(dataDir)}-${key}`);
  process.stderr.write(
    `[db] 项目目录对 postgres 用户不可访问，数据库数据保存在 ${moved}\n` +
      `[db] the project folder is private to root: the embedded database keeps its data in ${moved}\n`,
  );
  return moved;
}
