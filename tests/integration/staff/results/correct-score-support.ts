import { beforeAll, beforeEach, vi } from "vitest";
import { db } from "@/lib/db";
import { parseIdNumber } from "@/lib/domain/id-number";
import type { Actor } from "@/lib/server/auth/session";
import { ensureCatalog } from "@/tests/integration/support/seed";

// 八 成绩更正 through its action with a mocked next-auth session (ARCHITECTURE "Tests"), for the
// correct-score test files: the mocks apply to the action imported below.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
vi.mock("@/i18n/navigation", () => ({
  redirect: ({ href }: { href: string }) => {
    throw new Error(`NEXT_REDIRECT ${href}`);
  },
}));
export const { correctScoreAction } = await import("@/app/[locale]/staff/results/[planId]/actions");

/** The hooks of a correct-score test file: the catalog once, no session before each test. */
export function setUpCorrectScoreTests() {
  beforeAll(async () => {
    process.env.AUTH_SECRET = "integration-test-secret-0123456789";
    await ensureCatalog();
  });
  beforeEach(() => {
    session.current = null;
  });
}

/** A staff member signed in with a second factor (the actions refuse staff without one, ADR 011). */
export async function signIn(actor: Actor) {
  await db.staffSecondFactor.create({
    data: { userId: actor.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  session.current = { user: { id: actor.id }, sv: 0 };
}

export const AT = new Date("2025-07-20T02:00:00Z");

/** The correction form: 55 → 65 with a reason, unless `fields` say otherwise (undefined leaves a field out). */
export const correction = (applicationId: string, fields: Partial<Record<string, string>> = {}) => {
  const data = new FormData();
  for (const [k, v] of Object.entries({
    applicationId,
    expected: "55",
    seen: "0",
    score: "65",
    reason: "复核发现第3题漏计分数",
    ...fields,
  }))
    if (v !== undefined) data.set(k, v);
  return data;
};

export function fullIdNumbers(text: string): string[] {
  return [...text.matchAll(/\d{17}[\dXx]/g)].map((m) => m[0]).filter((id) => parseIdNumber(id, "2100-01-01").ok);
}
