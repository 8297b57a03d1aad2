import { pathToFileURL } from "node:url";

/** True when the module at `importMetaUrl` is the script node was started with. */
export function isMain(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && importMetaUrl === pathToFileURL(entry).href;
}

/**
 * Runs a CLI body: expected failures print their message only (no stack trace, which would bury
 * the bilingual explanation); PORTAL_DEBUG_DB=1 shows the stack.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      process.exitCode = code ?? 0;
    },
    (error: unknown) => {
      const text = error instanceof Error ? (process.env.PORTAL_DEBUG_DB === "1" ? error.stack : error.message) : String(error);
      process.stderr.write(`${text}\n`);
      process.exitCode = 1;
    },
  );
}
