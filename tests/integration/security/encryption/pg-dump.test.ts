import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type Db } from "@/lib/db-client";
import { seedCatalog } from "@/prisma/seed/catalog";
import { DEMO_CANDIDATE_ID_NUMBER, seedDemo } from "@/prisma/seed/demo";
import { seedDemoExam } from "@/prisma/seed/demo-exam";
import { seedDemoStaff } from "@/prisma/seed/demo-staff";
import { migrate } from "@/scripts/db/migrate";
import { createScratchDatabase, type Scratch } from "../../db/scratch";
import { libpqEnv, pgTools } from "../../crash/pg-tools";

// Issue 11 "Done means": a pg_dump of a database with demo data contains no demo ID number, name
// or mobile in plain text (ADR 057), while the portal reads them back as they were written.

let scratch: Scratch;
let client: Db;
let dump: string;
let people: { idNumbers: string[]; names: string[]; mobiles: string[] };

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await migrate(scratch.url);
  client = createDbClient(scratch.url);
  await seedCatalog(client);
  await seedDemo(client);
  await seedDemoExam(client);
  await seedDemoStaff(client);
  await personalRowsOfIdentityAndRights(client);
  // What the portal knows about people, read back through the client (decrypted).
  const candidates = await client.candidate.findMany({ select: { idNumber: true, name: true, mobile: true } });
  const users = await client.user.findMany({
    where: { kind: "CANDIDATE" },
    select: { login: true, displayName: true, mobile: true },
  });
  people = {
    idNumbers: [...candidates.map((c) => c.idNumber), ...users.map((u) => u.login)],
    names: [...candidates.map((c) => c.name), ...users.map((u) => u.displayName)],
    mobiles: [...candidates, ...users].flatMap((p) => (p.mobile ? [p.mobile] : [])),
  };
  const { rows } = await scratch.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  const tools = pgTools(Math.floor(Number(rows[0]!.v) / 10_000));
  dump = execFileSync(tools.pgDump, ["--format=plain", "--no-owner", "--no-privileges"], {
    env: { ...process.env, ...libpqEnv(scratch.url) },
    maxBuffer: 512 * 1024 * 1024,
  }).toString("utf8");
}, 180_000);

/**
 * What the identity (issue 10) and rights (issue 11) areas write about demo people, as their use
 * cases write it: an account appeal, a correction to another demo person's ID number, one-time
 * codes and the development provider's SMS log (whose text names the person).
 */
async function personalRowsOfIdentityAndRights(db: Db) {
  const select = { id: true, userId: true, idNumber: true, name: true, mobile: true } as const;
  // 王小明 (the demo account) and another demo person with a mobile.
  const first = await db.candidate.findUniqueOrThrow({ where: { idNumber: DEMO_CANDIDATE_ID_NUMBER }, select });
  const others = await db.candidate.findMany({ where: { userId: null }, orderBy: { id: "asc" }, take: 20, select });
  const second = others.find((c) => c.mobile);
  if (!first.userId || !first.mobile || !second)
    throw new Error("the demo seed has no account with a mobile, or no other person");
  const at = new Date("2025-05-08T02:00:00Z");
  const file = randomUUID();
  await db.accountAppeal.create({
    data: {
      idNumber: first.idNumber,
      name: first.name,
      contactMobile: second.mobile!,
      idFrontFileId: file,
      idBackFileId: file,
      holdingFileId: file,
      passwordHash: "!",
      createdAt: at,
    },
  });
  await db.correctionRequest.create({
    data: {
      candidateId: first.id,
      userId: first.userId,
      field: "ID_NUMBER",
      requestedValue: second.idNumber,
      reason: "证件更换",
    },
  });
  await db.correctionRequest.create({
    data: { candidateId: first.id, userId: first.userId, field: "NAME", requestedValue: second.name, reason: "改名" },
  });
  for (const person of [first, second]) {
    await db.oneTimeCode.createMany({
      data: [
        {
          purpose: "SIGNUP",
          subject: person.idNumber,
          mobile: person.mobile!,
          codeHash: "0".repeat(64),
          expiresAt: at,
          createdAt: at,
        },
        {
          purpose: "MOBILE_CHANGE",
          subject: first.userId,
          mobile: person.mobile!,
          codeHash: "1".repeat(64),
          expiresAt: at,
          createdAt: at,
        },
      ],
    });
    await db.smsMessage.create({
      data: {
        to: person.mobile!,
        template: "notice",
        params: { subject: "账号申诉" },
        text: `【四川省职业技能鉴定指导中心】${person.name}（${person.idNumber}），您的账号申诉已受理。`,
        createdAt: at,
      },
    });
  }
  // Read back decrypted, found by the hashes.
  expect(await db.accountAppeal.count({ where: { idNumber: first.idNumber } })).toBe(1);
  expect(await db.oneTimeCode.count({ where: { subject: second.idNumber } })).toBe(1);
  const sms = await db.smsMessage.findFirstOrThrow({ where: { to: first.mobile }, select: { text: true } });
  expect(sms.text).toContain(first.name);
}

afterAll(async () => {
  await client?.$disconnect();
  await scratch?.drop();
});

describe("encryption at rest: a pg_dump of the demo database (issue 11)", () => {
  it("reads the demo people back in plain text through the portal's client", () => {
    expect(people.idNumbers).toContain(DEMO_CANDIDATE_ID_NUMBER);
    expect(people.names).toContain("王小明");
    expect(people.idNumbers.length).toBeGreaterThan(20);
    expect(people.idNumbers.every((id) => /^\d{17}[\dX]$/.test(id))).toBe(true);
  });

  it("contains no demo ID number, name or mobile in plain text", () => {
    const leaks = [...new Set([...people.idNumbers, ...people.names, ...people.mobiles])].filter((value) => dump.includes(value));
    expect(leaks).toEqual([]);
  });

  it("stores every file's bytes encrypted, and the portal reads them back", async () => {
    const rows = await scratch.query<{ head: string; n: string }>(
      `SELECT encode(substring(data from 1 for 4), 'escape') AS head, count(*)::text AS n FROM "StoredFile" GROUP BY 1`,
    );
    expect(rows.rows.map((r) => r.head)).toEqual(["PEB1"]);
    const file = await client.storedFile.findFirstOrThrow({ where: { mime: "image/jpeg" }, select: { data: true, size: true } });
    expect(file.data.byteLength).toBe(file.size);
    expect(Array.from(file.data.subarray(0, 3))).toEqual([0xff, 0xd8, 0xff]);
  });
});
