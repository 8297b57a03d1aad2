import "server-only";
import { db, type Tx } from "@/lib/db";
import { idNumberHashes } from "@/lib/db-crypto/raw";
import type { ConditionRule, ProjectDef } from "@/lib/domain/types";
import type { RosterLookups } from "@/lib/domain/roster/validate-roster";

/** All of 附件1 with each condition's rule as stored (one query; the same data loadProjectDef reads one project at a time). */
export async function loadCatalog(client: Tx | typeof db = db): Promise<(ProjectDef & { id: string })[]> {
  const rows = await client.project.findMany({
    orderBy: { seq: "asc" },
    select: {
      id: true,
      seq: true,
      name: true,
      nameEn: true,
      conditions: { orderBy: { seq: "asc" }, select: { code: true, text: true, textEn: true, rule: true, evidence: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    conditions: row.conditions.map((c) => ({ ...c, rule: c.rule as unknown as ConditionRule })),
  }));
}

/**
 * What the database knows about the file's people, in two queries whatever the row count
 * (`= ANY($1)` takes the whole list as one parameter): their names on record, and their
 * applications in this batch (四(二)3, one per person per plan).
 */
export async function lookupRoster(
  client: Tx | typeof db,
  batchId: string,
  institutionId: string,
  idNumbers: readonly string[],
): Promise<RosterLookups> {
  if (idNumbers.length === 0) return { namesById: new Map(), appliedById: new Map() };
  const ids = idNumberHashes(idNumbers); // the ID number is encrypted at rest: look up its HMAC (ADR 057)
  // One after the other: inside a transaction both would queue on its one connection anyway.
  const names = await client.$queryRaw<
    { idNumber: string; name: string }[]
  >`SELECT "idNumber", name FROM "Candidate" WHERE "idNumberHash" = ANY(${ids}::text[])`;
  const applied = await client.$queryRaw<{ idNumber: string; seq: number; institutionId: string | null }[]>`
      SELECT c."idNumber", p.seq, a."institutionId"
      FROM "Application" a
      JOIN "Candidate" c ON c.id = a."candidateId"
      JOIN "Plan" pl ON pl.id = a."planId"
      JOIN "Project" p ON p.id = pl."projectId"
      WHERE pl."batchId" = ${batchId}::uuid AND c."idNumberHash" = ANY(${ids}::text[])`;
  const appliedById = new Map<string, { projectSeq: number; ownInstitution: boolean }[]>();
  for (const row of applied) {
    const list = appliedById.get(row.idNumber) ?? [];
    list.push({ projectSeq: row.seq, ownInstitution: row.institutionId === institutionId });
    appliedById.set(row.idNumber, list);
  }
  return { namesById: new Map(names.map((n) => [n.idNumber, n.name])), appliedById };
}
