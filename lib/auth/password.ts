import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's second recommended profile (19 MiB, 2 passes): strong, and fast enough
// for a login surge on two cores (ADR 120: about 20 ms of CPU per hash on the bench machine).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * @node-rs/argon2 runs each hash on libuv's threadpool (4 threads unless UV_THREADPOOL_SIZE says
 * otherwise), never on the event loop. More hashes at once than cores only queue inside that
 * pool, each holding a thread and 19 MiB, while file reads, zlib and DNS wait behind them. So at
 * most one hash per core runs; the rest wait here, in order, costing nothing (ADR 120).
 */
export const ARGON2_AT_ONCE = Math.max(1, availableParallelism());

let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= ARGON2_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so `running` counts the hashes in the pool.
    if (next) next();
    else running -= 1;
  }
}

export function hashPassword(password: string): Promise<string> {
  return limited(() => hash(password, OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await limited(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}
