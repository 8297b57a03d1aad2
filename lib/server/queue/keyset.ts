/**
 * Where-clauses for "the rows after / before this one" in a queue's sort order (keyset
 * pagination), so a screen can offer the next item of the queue even when the item shown has
 * just left it (approved, confirmed). Every key sorts ascending with NULLs last, PostgreSQL's
 * default for ASC; the last key must be unique and non-null (the id). Shaped for Prisma's where,
 * which refuses a null test on a required column: hence `nullable`.
 */
export interface SortKey {
  field: string;
  value: Date | string | number | null;
  nullable?: boolean;
}

type Where = Record<string, unknown>;

export function keysetAfter([key, ...rest]: readonly SortKey[]): Where {
  if (!key) throw new Error("keysetAfter: no sort key");
  if (rest.length === 0) return { [key.field]: { gt: key.value } };
  if (key.value === null) return { AND: [{ [key.field]: null }, keysetAfter(rest)] };
  return {
    OR: [
      { [key.field]: { gt: key.value } },
      ...(key.nullable ? [{ [key.field]: null }] : []),
      { AND: [{ [key.field]: key.value }, keysetAfter(rest)] },
    ],
  };
}

export function keysetBefore([key, ...rest]: readonly SortKey[]): Where {
  if (!key) throw new Error("keysetBefore: no sort key");
  if (rest.length === 0) return { [key.field]: { lt: key.value } };
  if (key.value === null) return { OR: [{ [key.field]: { not: null } }, { AND: [{ [key.field]: null }, keysetBefore(rest)] }] };
  return { OR: [{ [key.field]: { lt: key.value } }, { AND: [{ [key.field]: key.value }, keysetBefore(rest)] }] };
}

/** The ids of the items before and after one item of a queue (issue 5: `n` / `p` on its screen). */
export interface QueueNeighbours {
  previous: string | null;
  next: string | null;
}
