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
 * The demo secret for this account, whatever another journey set: a spec that enrolled its own
 * secret must not break the next one. A changed secret forgets the last used step.
 */
async function setDemoSecret(login: string): Promise<void> {
  await sql(
    `INSERT INTO "StaffSecondFactor" ("userId", "totpSecret", "recoveryCodes", "enabledAt")
     SELECT id, $1, '{}', now() FROM "User" WHERE login = $2
     ON CONFLICT ("userId") DO UPDATE SET "totpSecret" = $1, "lastUsedStep" = NULL, "enabledAt" = now()
     WHERE "StaffSecondFactor"."totpSecret" <> $1 OR "StaffSecondFactor"."enabledAt" IS NULL`,
    [DEMO_TOTP_SECRET, login],
  );
}

/**
 * Logs a demo staff user in through the form with password and code. A code works once (replay
 * protection), so a second login within the same 30 seconds waits for the next code.
 */
export async function loginAsStaff(
  page: Page,
  login: "reviewer" | "finance" | "officer" | "auditor" | "inst-dsj",
  next = "/staff",
): Promise<void> {
  // Only the second factor, not the demo data: other areas' journeys count their own rows.
  await setDemoSecret(login);
  for (let attempt = 0; attempt < 2; attempt++) {
    await page.goto(`/login?next=${encodeURIComponent(next)}`);
    await page.getByLabel("身份证号码或用户名").fill(login);
    await page.getByLabel("密码", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel("动态验证码（机构和中心工作人员填写）").fill(demoTotpCode());
    await page.getByRole("button", { name: "登录", exact: true }).click();
    const refused = page.getByText("动态验证码不正确或已使用");
    const arrived = page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 15_000 }).then(() => true);
    if (await Promise.race([arrived, refused.waitFor({ timeout: 15_000 }).then(() => false)])) return;
    await page.waitForTimeout(31_000 - (Date.now() % 30_000));
  }
  await expect(page).not.toHaveURL(/\/login/);
}
