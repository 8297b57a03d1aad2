import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * pg_dump and pg_restore of a major version at least the server's (pg_dump refuses a newer
 * server): Debian keeps each major under /usr/lib/postgresql/<major>/bin, the PATH has the
 * newest. The embedded server's npm package ships no client tools (docs/operations.md).
 */
export function pgTools(serverMajor: number): { pgDump: string; pgRestore: string; major: number } {
  const candidates: string[] = [];
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) for (const major of readdirSync(debian)) candidates.push(path.join(debian, major, "bin"));
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir) candidates.push(dir);
  let best: { pgDump: string; pgRestore: string; major: number } | undefined;
  for (const dir of candidates) {
    const pgDump = path.join(dir, "pg_dump");
    const pgRestore = path.join(dir, "pg_restore");
    if (!existsSync(pgDump) || !existsSync(pgRestore)) continue;
    const version = /(\d+)(?:\.\d+)?/.exec(execFileSync(pgDump, ["--version"], { encoding: "utf8" }))?.[1];
    const major = Number(version);
    if (major >= serverMajor && (!best || major > best.major)) best = { pgDump, pgRestore, major };
  }
  if (!best) {
    throw new Error(
      `No pg_dump/pg_restore of PostgreSQL ${serverMajor} or newer on this machine (PATH, /usr/lib/postgresql/*/bin). ` +
        `Install the client tools of that version (Debian: apt-get install postgresql-client-${serverMajor}), or run the tests against a server with DATABASE_URL.`,
    );
  }
  return best;
}

/** libpq environment for a connection URL: the password stays out of the command line. */
export function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || "5432",
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: u.pathname.slice(1),
  };
}
