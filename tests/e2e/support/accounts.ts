import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { idNumberHash, loginHash, nameHash, seal } from "@/lib/db-crypto/raw";
import { sql } from "./database";

/**
 * A candidate account as sign-up writes it, without the sign-up pages (which have their own
 * journey): encrypted ID number and name with their hash columns (ADR 057), or the portal could
 * not find it. Idempotent for the same ID number. A password only when the test types it; without
 * one the account gets a random one nobody knows: sign in with the fixture, `signIn({ userId })`.
 */
export async function createCandidate(person: {
  idNumber: string;
  name: string;
  password?: string;
}): Promise<{ userId: string; candidateId: string }> {
  const passwordHash = await hashPassword(person.password ?? randomUUID());
  const [user] = await sql<{ id: string }>(
    `INSERT INTO "User" (id, kind, login, "loginHash", "displayName", "passwordHash") VALUES (gen_random_uuid(), 'CANDIDATE', $1, $2, $3, $4)
     ON CONFLICT ("loginHash") DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash" RETURNING id`,
    [seal(person.idNumber), loginHash(person.idNumber), seal(person.name), passwordHash],
  );
  const [candidate] = await sql<{ id: string }>(
    `INSERT INTO "Candidate" (id, "idNumber", "idNumberHash", name, "nameHash", "userId") VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)
     ON CONFLICT ("idNumberHash") DO UPDATE SET "userId" = EXCLUDED."userId" RETURNING id`,
    [seal(person.idNumber), idNumberHash(person.idNumber), seal(person.name), nameHash(person.name), user!.id],
  );
  return { userId: user!.id, candidateId: candidate!.id };
}
