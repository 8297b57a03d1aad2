import fs from "node:fs";
import fsp from "node:fs/promises";

// A lock file next to the data folder holds the PID of the Node process that owns the embedded
// server. postmaster.pid alone is not enough: after a kill -9 of Node the postgres child lives
// on as an orphan and keeps postmaster.pid valid, so we could neither tell "another npm start"
// from "our own leftover" nor recover.

interface LockInfo {
  pid: number;
  /** /proc start time: a PID reused by an unrelated process (common in containers) is not us. */
  startTime: string | null;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `数据库目录 ${dataDir} 正被另一个进程（PID ${pid}）使用：是否已经运行了 npm start？请先停止它。\n` +
        `The database folder ${dataDir} is in use by another process (PID ${pid}): is \`npm start\` ` +
        `already running? Stop it first.`,
    );
    this.name = "DataDirInUseError";
  }
}

export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (starttime), counted after the ")" that closes the command name.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A zombie (exited, not yet reaped: no init in some containers) is not alive.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

// Locks this process holds: our own PID in a lock file is either one of these or a leftover of
// an earlier process that had the same PID.
const heldHere = new Set<string>();

function holderAlive(info: LockInfo, lockPath: string): boolean {
  if (info.pid === process.pid) return heldHere.has(lockPath);
  if (!isAlive(info.pid)) return false;
  return info.startTime === null || processStartTime(info.pid) === info.startTime;
}

export interface DirLock {
  /** The lock was stale (its owner died without cleaning up): the caller should recover. */
  readonly wasStale: boolean;
  release(): void;
}

/** Takes `<dataDir>.lock` or throws DataDirInUseError when a live process holds it. */
export async function acquireDirLock(dataDir: string): Promise<DirLock> {
  const lockPath = `${dataDir}.lock`;
  const mine: LockInfo = { pid: process.pid, startTime: processStartTime(process.pid) };
  let wasStale = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fsp.writeFile(lockPath, JSON.stringify(mine), { flag: "wx" });
      heldHere.add(lockPath);
      return {
        wasStale,
        release() {
          heldHere.delete(lockPath);
          // Sync, so it also works from a process "exit" handler.
          try {
            const current = JSON.parse(fs.readFileSync(lockPath, "utf8")) as LockInfo;
            if (current.pid === mine.pid) fs.unlinkSync(lockPath);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let holder: LockInfo | undefined;
    try {
      holder = JSON.parse(await fsp.readFile(lockPath, "utf8")) as LockInfo;
    } catch {
      holder = undefined; // half-written or vanished: treat as stale
    }
    if (holder && holderAlive(holder, lockPath)) throw new DataDirInUseError(dataDir, holder.pid);
    wasStale = true;
    await fsp.rm(lockPath, { force: true });
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
