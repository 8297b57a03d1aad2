import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";

/**
 * A large upload as a file in this test's output folder, for `setInputFiles(path)`: the browser
 * reads it from disk, where a `{ buffer }` sends every byte through Playwright's connection first
 * (a 10 MB zip took longer than the action timeout on a busy machine). The file keeps `name`.
 */
export function fileOnDisk(name: string, data: Uint8Array): string {
  const file = test.info().outputPath("uploads", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
}
