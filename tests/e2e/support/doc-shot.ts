import type { Page } from "@playwright/test";

/**
 * A screenshot for the README and docs/screenshots, taken only when asked
 * (`E2E_SCREENSHOTS=1 npm run test:e2e`): an ordinary run leaves the tracked pictures alone.
 */
export async function docShot(page: Page, name: string): Promise<void> {
  if (process.env.E2E_SCREENSHOTS !== "1") return;
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
}
