import type pg from "pg";
import { decryptBytes, decryptText, encryptBytes, encryptText, isEncryptedBytes, isEncryptedText, keyIdOf } from "./envelope";
import { BYTES_FIELDS, TEXT_FIELDS } from "./fields";
import { dataKeys } from "./keys";
import { hashOf } from "./transform";

/**
 * The data step and the key rotation (ADR 057), one routine: every listed column not yet
 * encrypted under the current key is (re-)encrypted, every missing hash filled (`rehash`: every
 * hash recomputed, after PORTAL_HMAC_KEY changed). Rows go in batches by primary key, each row
 * written only if it is still as read, so the portal can keep running meanwhile.
 */
export interface ReencryptOptions {
  batchSize?: number;
  rehash?: boolean;
  log?: (line: string) => void;
}

export interface ReencryptReport {
  /** Rows rewritten, by table. */
  updated: Record<string, number>;
}

const PRIMARY_KEY: Record<string, string> = { StaffSecondFactor: "userId" };
const EXTRA_COLUMNS: Record<string, string[]> = { User: ["kind"] };

type Row = Record<string, unknown>;
const q = (name: string) => `"${name}"`;

export async function reencryptAll(client: pg.Client | pg.Pool, options: ReencryptOptions = {}): Promise<ReencryptReport> {
  const keys = dataKeys();
  const kid = keys.currentKid;
  const batchSize = options.batchSize ?? 500;
  const updated: Record<string, number> = {};
  const tables = new Set([...Object.keys(TEXT_FIELDS), ...Object.keys(BYTES_FIELDS)]);
  for (const table of tables) {
    const text = Object.entries(TEXT_FIELDS[table] ?? {});
    const bytes = BYTES_FIELDS[table] ?? [];
    const pk = PRIMARY_KEY[table] ?? "id";
    const hashColumns = text.flatMap(([, rule]) => (rule.hash ? [rule.hash.column] : []));
    const columns = [pk, ...text.map(([f]) => f), ...hashColumns, ...bytes, ...(EXTRA_COLUMNS[table] ?? [])];
    // Which rows may need work; the exact decision is made per row below.
    const header = Buffer.concat([Buffer.from("PEB1", "latin1"), Buffer.from([kid.length]), Buffer.from(kid, "latin1")]);
    const needs = [
      ...text.map(([f]) => `(${q(f)} IS NOT NULL AND ${q(f)} NOT LIKE 'pe1:${kid}:%')`),
      ...text.flatMap(([f, rule]) => (rule.hash ? [`(${q(rule.hash.column)} IS NULL AND ${q(f)} IS NOT NULL)`] : [])),
      ...bytes.map((f) => `substring(${q(f)} from 1 for ${header.length}) <> '\\x${header.toString("hex")}'::bytea`),
    ];
    const filter = options.rehash && hashColumns.length > 0 ? "TRUE" : needs.join(" OR ");
    let after: string | null = null;
    let count = 0;
    for (;;) {
      const params: unknown[] = [batchSize];
      if (after !== null) params.push(after);
      const { rows }: { rows: Row[] } = await client.query<Row>(
        `SELECT ${columns.map(q).join(", ")} FROM ${q(table)} WHERE (${filter})${after !== null ? ` AND ${q(pk)} > $2` : ""} ORDER BY ${q(pk)} LIMIT $1`,
        params,
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const changes: Row = {};
        for (const [field, rule] of text) {
          const stored = row[field];
          if (typeof stored !== "string") continue;
          const plain = decryptText(stored, keys);
          const want = !rule.encryptIf || rule.encryptIf(plain, row, "create");
          if (want ? !isEncryptedText(stored) || keyIdOf(stored) !== kid : isEncryptedText(stored)) {
            changes[field] = want ? encryptText(plain, keys) : plain;
          }
          if (rule.hash) {
            const hash = hashOf(rule.hash.domain, plain);
            if (row[rule.hash.column] !== hash) changes[rule.hash.column] = hash;
          }
        }
        for (const field of bytes) {
          const stored = row[field];
          if (!(stored instanceof Uint8Array)) continue;
          if (!isEncryptedBytes(stored) || keyIdOf(stored) !== kid)
            changes[field] = Buffer.from(encryptBytes(decryptBytes(stored, keys), keys));
        }
        const names = Object.keys(changes);
        if (names.length === 0) continue;
        const sets = names.map((n, i) => `${q(n)} = $${i + 1}`).join(", ");
        // Written only if every changed column is still as read: a concurrent edit wins, the next run catches up.
        const guards = names.map((n, i) => `${q(n)} IS NOT DISTINCT FROM $${names.length + i + 2}`).join(" AND ");
        const result = await client.query(`UPDATE ${q(table)} SET ${sets} WHERE ${q(pk)} = $${names.length + 1} AND ${guards}`, [
          ...names.map((n) => changes[n]),
          row[pk],
          ...names.map((n) => row[n] ?? null),
        ]);
        count += result.rowCount ?? 0;
      }
      after = String(rows[rows.length - 1]![pk]);
      if (rows.length < batchSize) break;
    }
    updated[table] = count;
    if (count > 0) options.log?.(`${table}: ${count} row(s) encrypted under key ${kid}`);
  }
  return { updated };
}
