/** Prisma 7 with the pg adapter: P2002; the constraint name is in driverAdapterError (stack-notes). */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  if (!constraint) return true;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { constraint?: unknown } } } }).meta;
  const name = meta?.driverAdapterError?.cause?.constraint;
  return typeof name === "string" ? name === constraint : true;
}
