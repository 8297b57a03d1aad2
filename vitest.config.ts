import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Encryption at rest needs its keys wherever a Prisma client is made (ADR 057); the same as tests/support/data-keys.ts. */
const TEST_DATA_KEYS = {
  PORTAL_DATA_KEYS: `t2:${Buffer.alloc(32, 2).toString("base64")},t1:${Buffer.alloc(32, 1).toString("base64")}`,
  PORTAL_HMAC_KEY: Buffer.alloc(32, 7).toString("base64"),
};

export default defineConfig({
  resolve: { alias: { "@": root, "server-only": `${root}tests/support/server-only-stub.ts` } },
  test: {
    env: { ...TEST_DATA_KEYS },
    // next-intl imports `next/navigation` without an extension, which Node's ESM resolver
    // refuses; letting Vite transform it resolves the import the way Next's bundler does.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/fail-on-console-error.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/fail-on-console-error.ts", "tests/integration/setup.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
