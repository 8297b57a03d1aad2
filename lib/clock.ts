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
  const pinned = pinnedNow();
  return pinned ? new Date(pinned) : new Date();
}

export function isClockPinned(): boolean {
  return readClockFile() !== null || pinnedNow() !== undefined;
}

let pinned: { raw: string | undefined; value: string | undefined } | null = null;

/**
 * `PORTAL_NOW`, checked by lib/env.ts when its text changes, not on every call: `now()` runs
 * several times per page, and checking the whole environment each time was about 2 % of a
 * signed-in page's server time (ADR 152). Still read on each call, so a test can move it.
 */
function pinnedNow(): string | undefined {
  const raw = process.env.PORTAL_NOW;
  if (pinned && pinned.raw === raw) return pinned.value;
  const value = readEnv().PORTAL_NOW;
  pinned = { raw, value };
  return value;
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
