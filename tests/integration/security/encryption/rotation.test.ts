import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type Db } from "@/lib/db-client";
import { idNumberHash } from "@/lib/db-crypto/raw";
import { migrate } from "@/scripts/db/migrate";
import { encryptData } from "@/scripts/db/encrypt-data";
import { createScratchDatabase, type Scratch } from "../../db/scratch";
import { uniqueIdNumber } from "../../support/factories";

// Issue 11, encryption at rest (ADR 057): a deployment upgraded from plain rows, then a key
// rotation, then an HMAC key change, on a database of its own.

const key = (byte: number) => Buffer.alloc(32, byte).toString("base64");
const saved = { data: process.env.PORTAL_DATA_KEYS, hmac: process.env.PORTAL_HMAC_KEY };
const useKeys = (data: string, hmac = saved.hmac!) => {
  process.env.PORTAL_DATA_KEYS = data;
  process.env.PORTAL_HMAC_KEY = hmac;
};

let scratch: Scratch;
const clients: Db[] = [];
const client = () => {
  const c = createDbClient(scratch.url);
  clients.push(c);
  return c;
};
const idNumber = uniqueIdNumber();
const staffSecret = "JBSWY3DPEHPK3PXP";

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await migrate(scratch.url);
  // Rows as a deployment from before encryption has them: plain values, no hashes (the migration
  // added the columns empty), plain file bytes.
  await scratch.query(
    `WITH u AS (INSERT INTO "User" (id, kind, login, "displayName", mobile, "passwordHash")
                VALUES (gen_random_uuid(), 'CANDIDATE', $1, '欧阳锋', '13700001234', 'x') RETURNING id),
          s AS (INSERT INTO "User" (id, kind, login, "displayName", "passwordHash", roles)
                VALUES (gen_random_uuid(), 'STAFF', 'old-reviewer', '审核员 甲', 'x', '{REVIEWER}') RETURNING id),
          t AS (INSERT INTO "StaffSecondFactor" ("userId", "totpSecret", "recoveryCodes") SELECT id, $2, '{}' FROM s)
     INSERT INTO "Candidate" (id, "idNumber", name, mobile, "userId") SELECT gen_random_uuid(), $1, '欧阳锋', '13700001234', id FROM u`,
    [idNumber, staffSecret],
  );
  await scratch.query(
    `INSERT INTO "StoredFile" (id, sha256, mime, size, "originalName", data) VALUES (gen_random_uuid(), 'x', 'image/jpeg', 4, 'a.jpg', '\\xffd8ffe0'::bytea)`,
  );
}, 120_000);

afterEach(() => useKeys(saved.data!, saved.hmac));
afterAll(async () => {
  for (const c of clients) await c.$disconnect();
  await scratch?.drop();
});

async function stored() {
  const { rows } = await scratch.query<Record<string, string | null>>(
    `SELECT c."idNumber" AS id, c.name, c.mobile, c."idNumberHash" AS "idHash", c."nameHash", u.login, u."displayName" AS display,
            u."loginHash", s.login AS "staffLogin", s."displayName" AS "staffDisplay", f."totpSecret" AS totp,
            (SELECT encode(substring(data from 1 for 4), 'escape') FROM "StoredFile" LIMIT 1) AS file
     FROM "Candidate" c JOIN "User" u ON u.id = c."userId", "User" s JOIN "StaffSecondFactor" f ON f."userId" = s.id
     WHERE s.login = 'old-reviewer'`,
  );
  return rows[0]!;
}

describe("encryption at rest: upgrade and rotation (ADR 057)", () => {
  it("the data step encrypts a pre-encryption database's rows and fills the hashes; the portal then finds them", async () => {
    useKeys(`k1:${key(11)}`);
    expect(await encryptData(scratch.url)).toMatchObject({
      updated: { Candidate: 1, User: 2, StaffSecondFactor: 1, StoredFile: 1 },
    });
    const row = await stored();
    for (const value of [row.id, row.name, row.mobile, row.login, row.display, row.totp]) expect(value).toMatch(/^pe1:k1:/);
    expect(row).toMatchObject({
      idHash: idNumberHash(idNumber),
      staffLogin: "old-reviewer",
      staffDisplay: "审核员 甲",
      file: "PEB1",
    });
    expect(row.loginHash).toMatch(/^[0-9a-f]{64}$/);
    const db = client();
    expect(await db.candidate.findUnique({ where: { idNumber }, select: { name: true, mobile: true } })).toEqual({
      name: "欧阳锋",
      mobile: "13700001234",
    });
    expect(await db.user.findUnique({ where: { login: idNumber }, select: { displayName: true } })).toEqual({
      displayName: "欧阳锋",
    });
    expect(await db.staffSecondFactor.findFirst({ select: { totpSecret: true } })).toEqual({ totpSecret: staffSecret });
    // A second run has nothing left to do.
    expect(Object.values((await encryptData(scratch.url)).updated).every((n) => n === 0)).toBe(true);
  });

  it("a rotation: the new key first, db:rotate-keys re-encrypts every row, then the old key can go", async () => {
    useKeys(`k2:${key(22)},k1:${key(11)}`);
    const db = client();
    // Before the script runs, both keys read; new writes use k2.
    expect(await db.candidate.findUnique({ where: { idNumber }, select: { name: true } })).toEqual({ name: "欧阳锋" });
    const { updated } = await encryptData(scratch.url, { batchSize: 1 });
    expect(updated).toMatchObject({ Candidate: 1, User: 1, StaffSecondFactor: 1, StoredFile: 1 });
    const row = await stored();
    for (const value of [row.id, row.name, row.mobile, row.login, row.display, row.totp]) expect(value).toMatch(/^pe1:k2:/);
    useKeys(`k2:${key(22)}`);
    const after = client();
    expect(await after.candidate.findUnique({ where: { idNumber }, select: { name: true, mobile: true } })).toEqual({
      name: "欧阳锋",
      mobile: "13700001234",
    });
    const file = await after.storedFile.findFirstOrThrow({ select: { data: true } });
    expect(Array.from(file.data)).toEqual([0xff, 0xd8, 0xff, 0xe0]);
  });

  it("without the key a value was encrypted under, reading it fails loudly (losing the key loses the data)", async () => {
    useKeys(`k9:${key(99)}`);
    await expect(client().candidate.findUnique({ where: { idNumber }, select: { name: true } })).rejects.toThrow(/key id "k2"/);
  });

  it("a new HMAC key: --rehash recomputes every hash, and lookups work again", async () => {
    useKeys(`k2:${key(22)}`, key(33));
    const db = client();
    expect(await db.candidate.findUnique({ where: { idNumber }, select: { id: true } })).toBeNull(); // old hashes
    await encryptData(scratch.url, { rehash: true });
    expect(await db.candidate.findUnique({ where: { idNumber }, select: { name: true } })).toEqual({ name: "欧阳锋" });
    expect(await db.user.findUnique({ where: { login: "old-reviewer" }, select: { displayName: true } })).toEqual({
      displayName: "审核员 甲",
    });
  });
});
