import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditQuerySchema } from "@/lib/schemas/staff-audit-schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { searchAudit } from "@/lib/server/audit/search-audit";
import type { Actor } from "@/lib/server/auth/session";
import { createStaff, uniqueIdNumber } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";

let admin: Actor;
let auditor: Actor;
beforeAll(async () => {
  await ensureCatalog();
  admin = await createStaff(["ADMIN"]);
  auditor = await createStaff(["AUDITOR"]);
});

describe("issue 5 audit log", () => {
  it("is searchable by action, actor, entity and Beijing day, newest first, without full ID numbers", async () => {
    const clerk = await createStaff(["FINANCE"]);
    const login = (await db.user.findUniqueOrThrow({ where: { id: clerk.id }, select: { login: true } })).login;
    const entityId = crypto.randomUUID();
    const idNumber = uniqueIdNumber();
    await db.$transaction(async (tx) => {
      await recordAudit(tx, {
        actorId: clerk.id,
        action: "payment.confirm",
        entity: "Payment",
        entityId,
        after: { note: `考生 ${idNumber}` },
      });
      await recordAudit(tx, { actorId: clerk.id, action: "payment.return", entity: "Payment", entityId, after: { reason: "x" } });
    });
    const search = (q: Record<string, string>) => searchAudit(auditor, auditQuerySchema.parse(q));
    const all = await search({ entityId });
    expect(all.rows.map((r) => r.action)).toEqual(["payment.return", "payment.confirm"]);
    expect(all.rows[1]?.after).not.toContain(idNumber);
    expect(all.rows[1]?.after).toContain(idNumber.slice(-4));
    expect(all.rows[0]?.actor?.login).toBe(login);
    expect(all.rows[0]?.at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect((await search({ entityId, action: "payment.conf" })).rows).toHaveLength(1);
    expect((await search({ entityId, actor: login })).total).toBe(2);
    expect((await search({ entityId, entity: "Application" })).total).toBe(0);
    const beijingToday = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect((await search({ entityId, from: beijingToday, to: beijingToday })).total).toBe(2);
    expect((await search({ entityId, to: "2000-01-01" })).total).toBe(0);
  });

  it("is for auditors only (issue 11: not administrators)", async () => {
    await expect(
      searchAudit(await createStaff(["REVIEWER", "FINANCE", "EXAM_OFFICER", "ADMIN"]), auditQuerySchema.parse({})),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("cannot be changed or deleted through the app's client (append-only trigger)", async () => {
    const entityId = crypto.randomUUID();
    await db.$transaction((tx) => recordAudit(tx, { actorId: admin.id, action: "test.append-only", entity: "Test", entityId }));
    await expect(db.auditLog.updateMany({ where: { entityId }, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { entityId } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where: { entityId, action: "test.append-only" } })).toBe(1);
  });
});
