import "server-only";
import { chineseText } from "@/lib/i18n/stored-message";
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import { idNumberHashes, nameHash, seal } from "@/lib/db-crypto/raw";
import type { RosterCandidate } from "@/lib/domain/roster/validate-row";
import { WIZARD_STEPS } from "@/lib/server/applications/update-application";

/**
 * The roster's bulk writes, one statement per table: `INSERT … SELECT FROM unnest($arrays)`.
 * Prisma's createMany through the pg driver adapter took 4 s for 5,000 candidates and 3 s for
 * their applications on this machine, against 0.2 s for the same rows this way, which is what
 * keeps a 5,000-row submit within its 3 s (bench/roster.ts, ADR 030). Every value is a bound
 * parameter (tagged template), never spliced into the SQL.
 */

export interface RosterRow extends RosterCandidate {
  line: number;
}

/** Candidates are people, shared by every channel: a known ID number keeps its row (its name was checked equal). */
export async function insertCandidates(tx: Tx, rows: readonly RosterRow[]): Promise<Map<string, string>> {
  const unique = [...new Map(rows.map((r) => [r.idNumber, r])).values()];
  // Encrypted at rest, the HMAC decides who is known (ADR 057): about 10 µs per row here.
  const hashes = idNumberHashes(unique.map((r) => r.idNumber));
  const idOfHash = new Map(unique.map((r, i) => [hashes[i]!, r.idNumber]));
  await tx.$executeRaw`
    INSERT INTO "Candidate" (id, "idNumber", "idNumberHash", name, "nameHash", mobile)
    SELECT gen_random_uuid(), * FROM unnest(${unique.map((r) => seal(r.idNumber))}::text[], ${hashes}::text[],
      ${unique.map((r) => seal(r.name))}::text[], ${unique.map((r) => nameHash(r.name))}::text[], ${unique.map((r) => seal(r.mobile))}::text[])
    ON CONFLICT ("idNumberHash") DO NOTHING`;
  const found = await tx.$queryRaw<
    { id: string; idNumberHash: string }[]
  >`SELECT id, "idNumberHash" FROM "Candidate" WHERE "idNumberHash" = ANY(${hashes}::text[])`;
  return new Map(found.map((c) => [idOfHash.get(c.idNumberHash)!, c.id]));
}

export interface ApplicationKeys {
  institutionId: string;
  actorId: string;
  at: Date;
  planOf: (projectSeq: number) => string;
  conditionOf: (code: string) => string;
  candidateOf: (idNumber: string) => string;
}

/** The first timeline note of an imported application (ADR 123): the roster line it came from. */
const ROSTER_NOTE = "timelineNotes.rosterImported" as const;

/** Draft applications (ADR 031) with their first timeline event; a broken unique index fails the whole statement. */
export async function insertApplications(tx: Tx, rows: readonly RosterRow[], keys: ApplicationKeys): Promise<void> {
  const ids = rows.map(() => randomUUID());
  const text = (pick: (r: RosterRow) => string | null) => rows.map(pick);
  // 双承诺制 (四(一)1): the institution's commitment, given by ticking the box on submit, stands for the pledge.
  await tx.$executeRaw`
    INSERT INTO "Application" (id, "planId", "candidateId", channel, "institutionId", "conditionId", status, "draftStep",
      education, "graduatingThisYear", school, major, "graduationYear", occupation, employer, address, "educationProofCase",
      "pledgeAcceptedAt", "updatedAt")
    SELECT r.id, r.plan, r.candidate, 'INSTITUTION', ${keys.institutionId}::uuid, r.condition, 'DRAFT', ${WIZARD_STEPS.length},
      r.education::"EducationLevel", r.graduating, r.school, r.major, r."graduationYear", r.occupation, r.employer, r.address, r."proofCase",
      ${keys.at}, ${keys.at}
    FROM unnest(
      ${ids}::uuid[], ${rows.map((r) => keys.planOf(r.projectSeq))}::uuid[], ${rows.map((r) => keys.candidateOf(r.idNumber))}::uuid[],
      ${rows.map((r) => keys.conditionOf(r.conditionCode))}::uuid[], ${text((r) => r.education)}::text[],
      ${rows.map((r) => r.graduatingThisYear)}::boolean[], ${text((r) => r.school)}::text[], ${text((r) => r.major)}::text[],
      ${rows.map((r) => r.graduationYear)}::int[], ${text((r) => r.occupation)}::text[], ${text((r) => r.employer)}::text[],
      ${text((r) => r.address)}::text[], ${rows.map((r) => r.educationProofCase)}::int[]
    ) AS r(id, plan, candidate, condition, education, graduating, school, major, "graduationYear", occupation, employer, address, "proofCase")`;
  await tx.$executeRaw`
    INSERT INTO "ApplicationEvent" (id, "applicationId", "toStatus", "actorId", note, "noteKey", "noteParams", at)
    SELECT gen_random_uuid(), r.id, 'DRAFT', ${keys.actorId}::uuid, r.note, ${ROSTER_NOTE}, jsonb_build_object('line', r.line), ${keys.at}
    FROM unnest(
      ${ids}::uuid[], ${rows.map((r) => chineseText(ROSTER_NOTE, { line: r.line }))}::text[], ${rows.map((r) => r.line)}::int[]
    ) AS r(id, note, line)`;
}
