import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The e2e server's pinned clock: batch 5 registration and batch 4 payment are open (三). */
export const E2E_NOW = "2025-05-08T10:00:00+08:00";

/** The file the e2e server reads its clock from (lib/clock.ts PORTAL_CLOCK_FILE). */
export const E2E_CLOCK_FILE = path.resolve(".data/e2e-clock");

/** Moves the running server's clock; journeys that cross windows call this. */
export function setClock(instant: string): void {
  mkdirSync(path.dirname(E2E_CLOCK_FILE), { recursive: true });
  writeFileSync(E2E_CLOCK_FILE, instant);
}

export function resetClock(): void {
  setClock(E2E_NOW);
}
