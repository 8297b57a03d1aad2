import { beforeEach, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { uniqueIdNumber } from "../support/factories";

// Issue 10, item 8: an account on an administrator's temporary password (ADR 051) gets the
// password change and logout, and nothing else: not a page, not an action, not a route handler.

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current), signOut: () => Promise.resolve(undefined) }));
vi.mock("next-intl/server", () => ({ getLocale: () => Promise.resolve("zh-CN") }));
const redirect = (href: unknown) => {
  throw new Error(`NEXT_REDIRECT ${typeof href === "string" ? href : JSON.stringify(href)}`);
};
vi.mock("@/i18n/navigation", () => ({ redirect: ({ href }: { href: unknown }) => redirect(href) }));
vi.mock("next/navigation", async (original) => ({ ...(await original<object>()), redirect }));
const { currentActor, requireActor, requireActorForPasswordChange, sessionActor } = await import("@/lib/server/auth/session");
const { GET: staffFile } = await import("@/app/[locale]/staff/files/[fileId]/route");
const { GET: sessionRoute } = await import("@/app/api/v1/session/route");
const { logoutAction } = await import("@/app/[locale]/login/logout-action");

async function temporaryStaff(): Promise<string> {
  const user = await db.user.create({
    data: {
      kind: "STAFF",
      login: `tmp-${crypto.randomUUID()}`,
      displayName: "新员工",
      passwordHash: await hashPassword("Temp2025pass"),
      roles: ["REVIEWER", "FINANCE"],
      mustChangePassword: true,
    },
  });
  await db.staffSecondFactor.create({
    data: { userId: user.id, totpSecret: "JBSWY3DPEHPK3PXP", recoveryCodes: [], enabledAt: new Date() },
  });
  session.current = { user: { id: user.id }, sv: 0 };
  return user.id;
}

beforeEach(() => {
  session.current = null;
});

describe("issue 10: a temporary password opens only the password change", () => {
  it("every page's and action's actor lookup is sent to the password page; the password change, the header and logout still work", async () => {
    const id = await temporaryStaff();
    await expect(currentActor()).rejects.toThrow("NEXT_REDIRECT /me/password");
    await expect(requireActor()).rejects.toThrow("NEXT_REDIRECT /me/password");
    expect(await sessionActor()).toMatchObject({ id, mustChangePassword: true });
    expect(await requireActorForPasswordChange()).toMatchObject({ id });
    expect(await (await sessionRoute()).json()).toMatchObject({ signedIn: true });
    await logoutAction();
    expect((await db.user.findUniqueOrThrow({ where: { id } })).sessionVersion).toBe(1);
    // An ordinary account is not affected.
    const user = await db.user.create({
      data: { kind: "CANDIDATE", login: uniqueIdNumber(), displayName: "考生", passwordHash: "x" },
    });
    session.current = { user: { id: user.id }, sv: 0 };
    expect(await currentActor()).toMatchObject({ id: user.id });
  });

  it("a route handler serves nothing: a staff file download is refused", async () => {
    await temporaryStaff();
    const file = await db.storedFile.findFirst({ select: { id: true } });
    const answer = staffFile(new Request("http://portal.test/staff/files/x"), {
      params: Promise.resolve({ fileId: file?.id ?? crypto.randomUUID() }),
    });
    await expect(answer).rejects.toThrow("NEXT_REDIRECT /me/password");
  });
});
