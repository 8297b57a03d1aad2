import { mkdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The e2e server's pinned clock: batch 5 registration and batch 4 payment are open (三). */
export const E2E_NOW = "2025-05-08T10:00:00+08:00";

/** The file the e2e server reads its clock from (lib/clock.ts PORTAL_CLOCK_FILE). */
export const E2E_CLOCK_FILE = path.resolve(".data/e2e-clock");

/**
 * Moves the running server's clock. In a spec, use the `clock` fixture (tests/e2e/support/test.ts),
 * which puts the clock back to E2E_NOW before and after every test, so a move never leaks into
 * the next test or spec file.
 */
export function setClock(instant: string): void {
  mkdirSync(path.dirname(E2E_CLOCK_FILE), { recursive: true });
  let previous = 0;
  try {
    previous = statSync(E2E_CLOCK_FILE).mtimeMs;
  } catch {
    // no clock file yet
  }
  writeFileSync(E2E_CLOCK_FILE, instant);
  // lib/clock.ts reads the file again only when its mtime changed; two writes within one tick of
  // the file system's coarse clock would share it and the server would keep the first instant.
  const mtime = Math.max(Date.now(), Math.floor(previous) + 1);
  utimesSync(E2E_CLOCK_FILE, mtime / 1000, mtime / 1000);
}

export function resetClock(): void {
  setClock(E2E_NOW);
}
