import "server-only";
import { db } from "@/lib/db";
import type { StaffRole, UserKind } from "@/lib/generated/prisma/enums";
import { batchLoader } from "@/lib/server/db-batch";

export interface UserRow {
  id: string;
  kind: UserKind;
  displayName: string;
  roles: StaffRole[];
  institutionId: string | null;
  sessionVersion: number;
  disabledAt: Date | null;
  lastSeenAt: Date | null;
  mustChangePassword: boolean;
  candidateId: string | null;
}

/**
 * A session's user and its candidate id (null when the user is gone). Every request reads one;
 * requests that arrive together share the statement (ADR 053).
 */
export const loadUser = batchLoader<string, UserRow | null>(async (ids) => {
  const rows = await db.$queryRawUnsafe<UserRow[]>(SESSION_USERS_SQL, [...new Set(ids)]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
});

/** $1: user ids; User by primary key, Candidate by its unique userId. Exported for bench/raw-submit.ts. */
export const SESSION_USERS_SQL = `
  SELECT u.id, u.kind::text AS kind, u."displayName", u.roles::text[] AS roles, u."institutionId",
         u."sessionVersion", u."disabledAt", u."lastSeenAt", u."mustChangePassword", c.id AS "candidateId"
  FROM "User" u LEFT JOIN "Candidate" c ON c."userId" = u.id
  WHERE u.id = ANY($1::uuid[])`;
