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

/**
 * The database could not take the work in time, and the same request a moment later will
 * likely pass (ADR 149): an interactive transaction that did not start within `maxWait` or ran
 * past its `timeout`, or whose id is gone after that (P2028, the transaction manager's errors:
 * 100 simultaneous no-JavaScript upload saves, ADR 145); a connection not obtained from the
 * pool in time (P2024); PostgreSQL's too_many_connections (P2037). Nothing was committed.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === "P2028" || code === "P2024" || code === "P2037";
}
