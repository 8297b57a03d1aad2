/**
 * Ids in paths and forms are PostgreSQL uuids: anything else is answered NOT_FOUND before a
 * query, because a malformed uuid would make PostgreSQL raise instead of finding nothing.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
