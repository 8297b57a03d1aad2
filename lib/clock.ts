import { readFileSync, statSync } from "node:fs";
import { readEnv } from "@/lib/env";

/**
 * The portal's one clock. `PORTAL_NOW` (ISO 8601 with offset) pins it for demos and tests, so
 * every window rule can be shown on any day of the calendar. `PORTAL_CLOCK_FILE` names a file
 * holding such an instant, which end-to-end tests rewrite to move a running server's clock
 * (never set in production). Read on each call so a test can move it.
 */
export function now(): Date {
  const fromFile = readClockFile();
  if (fromFile) return fromFile;
  const pinned = readEnv().PORTAL_NOW;
  return pinned ? new Date(pinned) : new Date();
}

export function isClockPinned(): boolean {
  return readClockFile() !== null || readEnv().PORTAL_NOW !== undefined;
}

let cache: { path: string; mtimeMs: number; value: Date | null } | null = null;

function readClockFile(): Date | null {
  const path = process.env.PORTAL_CLOCK_FILE;
  if (!path) return null;
  try {
    const { mtimeMs } = statSync(path);
    if (cache?.path === path && cache.mtimeMs === mtimeMs) return cache.value;
    const parsed = new Date(readFileSync(path, "utf8").trim());
    cache = { path, mtimeMs, value: Number.isNaN(parsed.getTime()) ? null : parsed };
    return cache.value;
  } catch {
    return null;
  }
}
