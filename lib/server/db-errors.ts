interface AdapterCause {
  constraint?: unknown;
  originalCode?: unknown;
}

function adapterCause(error: object): AdapterCause | undefined {
  return (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } }).meta?.driverAdapterError?.cause;
}

/**
 * A unique index refused the write. Prisma 7 with the pg adapter says so two ways: P2002 from
 * the query builder (the constraint name in driverAdapterError, stack-notes), and P2010 from a
 * raw statement ($executeRaw, used by the roster's bulk insert) with PostgreSQL's own 23505.
 * Where a raw error names no constraint, any unique violation matches.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  const cause = adapterCause(error);
  const unique = code === "P2002" || (code === "P2010" && cause?.originalCode === "23505");
  if (!unique || !constraint) return unique;
  return typeof cause?.constraint === "string" ? cause.constraint === constraint : true;
}
