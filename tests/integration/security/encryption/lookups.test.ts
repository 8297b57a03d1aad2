import { createHash } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { idNumberHash, rateLimitKey } from "@/lib/db-crypto/raw";
import { authenticate } from "@/lib/server/auth/authenticate";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { enqueueOutboxEmails } from "@/lib/server/notifications/outbox";
import { fileStore } from "@/lib/server/storage/file-store";
import { createStaff, uniqueIdNumber } from "../../support/factories";
import { ensureCatalog } from "../../support/seed";
import { signUpWithCode } from "../../support/sign-up";

// Issue 11, encryption at rest (ADR 057): what the database holds, and that the portal's exact
// lookups (by ID number, by login, the ticket lookup's name) and unique rules still work on it.

// Both steps of the sign-up (issue 10: a code to the mobile first), each with a mobile of its own.
const signUp = (idNumber: string, name = "周芷若") => signUpWithCode({ name, idNumber });

/** The row as stored: aliases that are not field names are not decrypted on the way out. */
async function rawCandidate(id: string) {
  const [row] = await db.$queryRawUnsafe<
    { idNumberRaw: string; nameRaw: string; mobileRaw: string | null; hash: string | null }[]
  >(
    `SELECT "idNumber" AS "idNumberRaw", name AS "nameRaw", mobile AS "mobileRaw", "idNumberHash" AS hash FROM "Candidate" WHERE id = $1::uuid`,
    id,
  );
  return row!;
}

beforeAll(ensureCatalog);
beforeEach(() => {
  process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
});

describe("encryption at rest: the rows (ADR 057)", () => {
  it("a sign-up stores the ID number, name, mobile and login encrypted under the current key, with their HMACs", async () => {
    const idNumber = uniqueIdNumber();
    const { userId } = await signUp(idNumber);
    const candidate = await db.candidate.findUniqueOrThrow({
      where: { userId },
      select: { id: true, idNumber: true, name: true },
    });
    expect(candidate).toMatchObject({ idNumber, name: "周芷若" }); // the portal reads plain values
    const raw = await rawCandidate(candidate.id);
    expect(raw.idNumberRaw).toMatch(/^pe1:t2:/);
    expect(raw.nameRaw).toMatch(/^pe1:t2:/);
    expect(raw.mobileRaw).toMatch(/^pe1:t2:/);
    expect(raw.hash).toBe(idNumberHash(idNumber));
    const [user] = await db.$queryRawUnsafe<{ l: string; d: string; h: string }[]>(
      `SELECT login AS l, "displayName" AS d, "loginHash" AS h FROM "User" WHERE id = $1::uuid`,
      userId,
    );
    expect(user!.l).toMatch(/^pe1:t2:/);
    expect(user!.d).toMatch(/^pe1:t2:/);
    expect(user!.h).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify([raw, user])).not.toContain(idNumber);
    // Login by ID number still works: one indexed query on the login's HMAC.
    expect(await authenticate(idNumber, "Lantern2025ok", "198.51.100.20")).toMatchObject({
      ok: true,
      user: { kind: "CANDIDATE", displayName: "周芷若" },
    });
  });

  it("staff and institution usernames stay plain (sortable), their lookups go through the hash too", async () => {
    const staff = await createStaff(["REVIEWER"]);
    const [row] = await db.$queryRawUnsafe<{ l: string; d: string; h: string | null }[]>(
      `SELECT login AS l, "displayName" AS d, "loginHash" AS h FROM "User" WHERE id = $1::uuid`,
      staff.id,
    );
    expect(row!.l).toMatch(/^staff-/);
    expect(row!.d).toBe("测试员");
    expect(row!.h).toMatch(/^[0-9a-f]{64}$/);
    const login = row!.l;
    expect(await db.user.findUnique({ where: { login }, select: { id: true } })).toEqual({ id: staff.id });
  });
});

describe("encryption at rest: exact lookups keep working", () => {
  it("finds a candidate by full ID number, directly and through a relation filter, and by exact name", async () => {
    const idNumber = uniqueIdNumber();
    const { userId } = await signUp(idNumber, "张 三丰");
    expect(await db.candidate.findUnique({ where: { idNumber }, select: { userId: true } })).toEqual({ userId });
    expect(await db.candidate.count({ where: { idNumber: { in: [idNumber, uniqueIdNumber()] } } })).toBe(1);
    expect(await db.user.count({ where: { candidate: { idNumber, name: "张 三丰" } } })).toBe(1);
    expect(await db.user.count({ where: { candidate: { is: { idNumber, name: "张三丰" } } } })).toBe(1); // spaces do not make another name
    expect(await db.user.count({ where: { candidate: { idNumber, name: "张三" } } })).toBe(0);
  });

  it("refuses a filter the ciphertext cannot answer, instead of silently finding nothing", async () => {
    await expect(db.candidate.findMany({ where: { name: { contains: "张" } } })).rejects.toThrow(/encrypted at rest/);
    await expect(db.candidate.findMany({ where: { mobile: "13912345678" } })).rejects.toThrow(/encrypted at rest/);
  });

  it("one person, one row: ten creations with one ID number at once, one row (the HMAC's unique index decides)", async () => {
    // Sign-up itself lets only the newest one-time code of an ID number count (issue 10), so the
    // race is made where it would still matter: ten inserts of the same person at once.
    const idNumber = uniqueIdNumber();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => db.candidate.create({ data: { idNumber, name: "周芷若" }, select: { id: true } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(isUniqueViolation(r.reason)).toBe(true);
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Candidate" WHERE "idNumberHash" = $1`,
      idNumberHash(idNumber),
    );
    expect(row?.n).toBe(1);
  });

  it("a second Candidate row with a known ID number is refused by the database itself, by the HMAC's index", async () => {
    const idNumber = uniqueIdNumber();
    await db.candidate.create({ data: { idNumber, name: "甲" } });
    const error: unknown = await db.candidate.create({ data: { idNumber, name: "乙" } }).catch((e: unknown) => e);
    expect(isUniqueViolation(error, "Candidate_idNumberHash_key")).toBe(true);
    const cause = (error as { meta?: { driverAdapterError?: { cause?: { constraint?: unknown } } } }).meta?.driverAdapterError
      ?.cause;
    expect(cause?.constraint).toEqual({ index: "Candidate_idNumberHash_key" });
  });
});

describe("encryption at rest: inbox messages name people", () => {
  it("a notification's body and its email copy (made in SQL) are stored encrypted and read back plain", async () => {
    const { userId } = await signUp(uniqueIdNumber(), "司马懿");
    await db.user.update({ where: { id: userId }, data: { email: "sima@example.com" } });
    const note = await db.notification.create({
      data: { userId, title: "资格审核通过", body: "司马懿报名的2025年第5批已通过资格审核。" },
      select: { id: true },
    });
    await enqueueOutboxEmails();
    const [row] = await db.$queryRawUnsafe<{ n: string; o: string }[]>(
      `SELECT n.body AS n, o.body AS o FROM "Notification" n JOIN "OutboxEmail" o ON o."notificationId" = n.id WHERE n.id = $1::uuid`,
      note.id,
    );
    expect(row!.n).toMatch(/^pe1:t2:/);
    expect(row!.o).toMatch(/^pe1:t2:/);
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { notificationId: note.id }, select: { body: true } })).toEqual({
      body: "司马懿报名的2025年第5批已通过资格审核。",
    });
  });
});

describe("encryption at rest: rate-limit rows", () => {
  it("failed logins by ID number leave no ID number in RateLimit, and still count", async () => {
    const idNumber = uniqueIdNumber();
    await signUp(idNumber);
    for (let i = 0; i < 2; i += 1)
      expect(await authenticate(idNumber, "WrongPass1", "198.51.100.21")).toMatchObject({ ok: false });
    const rows = await db.rateLimit.findMany({ where: { key: { contains: "h:" } }, select: { key: true, count: true } });
    expect(JSON.stringify(await db.rateLimit.findMany({ select: { key: true } }))).not.toContain(idNumber);
    expect(rows.some((r) => r.key.includes(`h:${rateLimitKey(idNumber).slice(2)}`) && r.count === 2)).toBe(true);
  });
});

describe("encryption at rest: stored files (ADR 004)", () => {
  it("stores the bytes encrypted and gives them back decrypted, with the plain bytes' SHA-256", async () => {
    const bytes = new Uint8Array(Buffer.from("%PDF-1.4 身份证 110101199003074518 %%EOF"));
    const info = await fileStore.put({ bytes, mime: "application/pdf", originalName: "id.pdf" });
    expect(info.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const [row] = await db.$queryRawUnsafe<{ raw: Uint8Array }[]>(
      `SELECT data AS raw FROM "StoredFile" WHERE id = $1::uuid`,
      info.id,
    );
    expect(Buffer.from(row!.raw).subarray(0, 4).toString("latin1")).toBe("PEB1");
    expect(Buffer.from(row!.raw).includes(Buffer.from("110101199003074518"))).toBe(false);
    const back = await fileStore.get(info.id);
    expect(Buffer.from(back!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});
