import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDbClient, type Db } from "@/lib/db-client";
import { idNumberHash, mobileHash } from "@/lib/db-crypto/raw";
import { migrate } from "@/scripts/db/migrate";
import { encryptData } from "@/scripts/db/encrypt-data";
import { createScratchDatabase, type Scratch } from "../../db/scratch";
import { uniqueIdNumber } from "../../support/factories";

// The identity and rights columns that arrived plain (issue 11 follow-up, ADR 057): a deployment
// upgraded with appeals, corrections, codes and dev SMS in plain text gets them encrypted and
// hashed by the data step, and the portal then finds them by the hashes.

let scratch: Scratch;
let client: Db;
const idNumber = uniqueIdNumber();
const otherId = uniqueIdNumber();
const mobile = "13700005678";

beforeAll(async () => {
  scratch = await createScratchDatabase();
  await migrate(scratch.url);
  await scratch.query(
    `WITH u AS (INSERT INTO "User" (id, kind, login, "displayName", "passwordHash")
                VALUES (gen_random_uuid(), 'CANDIDATE', 'plain-user', '令狐冲', 'x') RETURNING id),
          c AS (INSERT INTO "Candidate" (id, "idNumber", name, "userId") SELECT gen_random_uuid(), 'p-' || $1, '令狐冲', id FROM u RETURNING id, "userId")
     INSERT INTO "CorrectionRequest" (id, "candidateId", "userId", field, "requestedValue", reason)
       SELECT gen_random_uuid(), id, "userId", 'ID_NUMBER', $2, '末位输错' FROM c`,
    [idNumber, otherId],
  );
  await scratch.query(
    `INSERT INTO "AccountAppeal" (id, "idNumber", name, "contactMobile", "idFrontFileId", "idBackFileId", "holdingFileId", "passwordHash", "createdAt")
       VALUES (gen_random_uuid(), $1, '任盈盈', $2, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '!', now())`,
    [idNumber, mobile],
  );
  await scratch.query(
    `INSERT INTO "OneTimeCode" (id, purpose, subject, mobile, "codeHash", "expiresAt", "createdAt")
       VALUES (gen_random_uuid(), 'SIGNUP', $1, $2, 'h', now(), now())`,
    [idNumber, mobile],
  );
  await scratch.query(
    `INSERT INTO "SmsMessage" (id, "to", template, params, text, "createdAt")
       VALUES (gen_random_uuid(), $1, 'notice', '{}', '任盈盈，您的申诉已受理', now())`,
    [mobile],
  );
  client = createDbClient(scratch.url);
}, 120_000);

afterAll(async () => {
  await client?.$disconnect();
  await scratch?.drop();
});

describe("encryption at rest: the identity and rights rows of an upgraded database", () => {
  it("the data step encrypts them and fills their hashes; lookups by the hashes find them", async () => {
    const { updated } = await encryptData(scratch.url);
    expect(updated).toMatchObject({ AccountAppeal: 1, CorrectionRequest: 1, OneTimeCode: 1, SmsMessage: 1 });
    const { rows } = await scratch.query<Record<string, string>>(
      `SELECT a."idNumber" AS a1, a.name AS a2, a."contactMobile" AS a3, a."idNumberHash" AS ah,
              r."requestedValue" AS r1, o.subject AS o1, o.mobile AS o2, o."subjectHash" AS oh,
              s."to" AS s1, s.text AS s2, s."toHash" AS sh
       FROM "AccountAppeal" a, "CorrectionRequest" r, "OneTimeCode" o, "SmsMessage" s`,
    );
    const row = rows[0]!;
    for (const k of ["a1", "a2", "a3", "r1", "o1", "o2", "s1", "s2"]) expect(row[k]).toMatch(/^pe1:/);
    expect(row).toMatchObject({ ah: idNumberHash(idNumber), sh: mobileHash(mobile) });
    expect(row.oh).toMatch(/^[0-9a-f]{64}$/);

    expect(await client.accountAppeal.findFirst({ where: { idNumber }, select: { name: true, contactMobile: true } })).toEqual({
      name: "任盈盈",
      contactMobile: mobile,
    });
    expect(await client.oneTimeCode.count({ where: { purpose: "SIGNUP", subject: idNumber } })).toBe(1);
    expect(await client.smsMessage.findFirst({ where: { to: mobile }, select: { text: true } })).toEqual({
      text: "任盈盈，您的申诉已受理",
    });
    expect(await client.correctionRequest.findFirst({ select: { requestedValue: true } })).toEqual({ requestedValue: otherId });
  });
});
