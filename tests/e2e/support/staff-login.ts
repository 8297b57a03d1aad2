import { expect, type Page } from "@playwright/test";
import { createDbClient } from "@/lib/db-client";
import { DEMO_PASSWORD } from "@/prisma/seed/demo";
import { DEMO_TOTP_SECRET, demoTotpCode, seedDemoStaff } from "@/prisma/seed/demo-staff";
import { e2eDatabaseUrl, sql } from "./database";

/**
 * Staff journeys (issue 5). The demo staff have a TOTP second factor with a published secret
 * (prisma/seed/demo-staff.ts), so a test computes the code like an authenticator app would.
 */

async function withE2eDb(run: (db: ReturnType<typeof createDbClient>) => Promise<unknown>): Promise<void> {
  const db = createDbClient(e2eDatabaseUrl());
  try {
    await run(db);
  } finally {
    await db.$disconnect();
  }
}

/** The staff side's demo data (review queue, receipts), for a server whose seed did not run seedDemoStaff. Idempotent. */
export function ensureStaffDemo(): Promise<void> {
  return withE2eDb(seedDemoStaff);
}

/**
 * The demo secret for this account, as freshly enrolled: whatever another journey set (a spec that
 * enrolled its own secret must not break the next one), and no code used yet, so the code of this
 * 30-second step is accepted even if an earlier login used it (replay protection is tested in
 * tests/integration, not by waiting here).
 */
async function setDemoSecret(login: string): Promise<void> {
  await sql(
    `INSERT INTO "StaffSecondFactor" ("userId", "totpSecret", "recoveryCodes", "enabledAt")
     SELECT id, $1, '{}', now() FROM "User" WHERE login = $2
     ON CONFLICT ("userId") DO UPDATE SET "totpSecret" = $1, "lastUsedStep" = NULL, "enabledAt" = now()`,
    [DEMO_TOTP_SECRET, login],
  );
}

/**
 * Logs a demo staff or institution user in through the form with password and the authenticator's
 * code. Only for tests of the login itself (tests/e2e/login.spec.ts): every other spec signs in
 * with the `signIn` fixture (tests/e2e/support/test.ts, ADR 129).
 */
export async function loginAsStaff(
  page: Page,
  login: "reviewer" | "finance" | "officer" | "auditor" | "inst-dsj",
  next = "/staff",
): Promise<void> {
  await setDemoSecret(login);
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("身份证号码或用户名").fill(login);
  await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("动态验证码（机构和中心工作人员填写）").fill(demoTotpCode());
  await submitLoginForm(page);
}

/**
 * Clicks 登录 on the filled login form and waits for the answer, however long the password hash
 * takes on a busy machine (the test's own timeout bounds it): the next page, or the form's
 * message saying why not, which fails the test with that message.
 */
export async function submitLoginForm(page: Page): Promise<void> {
  const submit = page.getByRole("button", { name: "登录", exact: true });
  const refusal = page.locator("form").filter({ has: submit }).getByRole("alert").filter({ hasText: /\S/ });
  await submit.click();
  const outcome = await Promise.race([
    page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 0 }).then(() => null),
    refusal.waitFor({ timeout: 0 }).then(() => refusal.innerText()),
  ]);
  expect(outcome, "the login form refused the account").toBeNull();
}
