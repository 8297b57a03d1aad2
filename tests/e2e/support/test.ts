import { test as base, type BrowserContext, type Page } from "@playwright/test";
import { resetClock, setClock } from "./clock";
import { signInContext, type DemoRole, type Who } from "./session";

export { expect } from "@playwright/test";
export type { DemoRole, Who } from "./session";

/**
 * The e2e suite's `test` (tests/e2e/support/README.md): Playwright's, plus
 *
 * - `signIn(who, target?)`: signs a browser in without the login form (ADR 129). `who` is a demo
 *   role (`"candidate" | "institution" | "reviewer" | "finance" | "officer" | "auditor"`), or
 *   `{ login }` / `{ userId }` of an account the spec made. `target` is another page or context
 *   (a second person, or the same person in a second browser); by default the test's own context.
 *   It does not navigate: `await signIn("reviewer"); await page.goto("/staff/review");`
 * - `test.use({ signedInAs: "officer" })`: the test's `page` starts signed in as that demo role.
 * - `clock`: the server's clock. Every test starts and ends on E2E_NOW (ADR 128); `clock.set(instant)`
 *   moves it for the rest of this test only.
 */
export interface E2eFixtures {
  signedInAs: DemoRole | undefined;
  signIn: (who: Who, target?: Page | BrowserContext, options?: { url?: string }) => Promise<void>;
  clock: { set: (instant: string) => void; reset: () => void };
}

// `provide` is Playwright's `use`, renamed so React's hook rule does not mistake it for React's `use`.
export const test = base.extend<E2eFixtures>({
  signedInAs: [undefined, { option: true }],

  context: async ({ context, signedInAs, baseURL }, provide) => {
    if (signedInAs) await signInContext(context, signedInAs, baseURL!);
    await provide(context);
  },

  signIn: async ({ context, baseURL }, provide) => {
    await provide(async (who, target, options) => {
      const into = !target ? context : "context" in target ? target.context() : target;
      await signInContext(into, who, options?.url ?? baseURL!);
    });
  },

  // Auto: every test, whether it asks for the clock or not, starts and ends on the pinned instant.
  clock: [
    async ({}, provide, testInfo) => {
      // One server, one clock file: two workers would move each other's clock.
      if (testInfo.config.workers > 1) throw new Error("the e2e server has one clock: run the suite with workers: 1");
      resetClock();
      await provide({ set: setClock, reset: resetClock });
      resetClock();
    },
    { auto: true },
  ],
});
