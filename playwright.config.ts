import { defineConfig, devices } from "@playwright/test";
import { TEST_DATA_KEYS } from "./tests/support/data-keys";

// Encryption at rest (ADR 057): the web server and the specs that open the database share the test keys.
Object.assign(process.env, TEST_DATA_KEYS);

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium: Playwright cannot download its own browser here (stack-notes).
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0, // a flaky test is a failing test (issue 15)
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // One server and one clock file (ADR 128): the suite runs on one worker.
  timeout: 60_000,
  // Waits are for what the page shows, not for how fast (ADR 128): on the shared 2-core machine a
  // correct page can take longer than Playwright's 5 s default. The test's timeout is the budget.
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromium,
    trace: "retain-on-failure",
    actionTimeout: 30_000,
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium }, grepInvert: /@candidate/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions: chromium }, grep: /@candidate/ },
  ],
  webServer: {
    command: "tsx tests/e2e/support/server.ts",
    url: `http://127.0.0.1:${PORT}/api/v1/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Passed on only when given: the server and the test workers must agree on the database name
    // that E2E_PORT selects (tests/e2e/support/database.ts).
    env: process.env.E2E_PORT ? { E2E_PORT: process.env.E2E_PORT } : {},
  },
});
