import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";

export interface HealthDto {
  database: boolean;
  migrations: { applied: number; expected: number; pending: string[] };
  ok: boolean;
}

/** Database reachable and every migration folder applied (and none failed). */
export async function checkHealth(): Promise<HealthDto> {
  const expected = (await readdir(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = expected.filter((name) => !applied.has(name));
    return {
      database: true,
      migrations: { applied: applied.size, expected: expected.length, pending },
      ok: pending.length === 0,
    };
  } catch {
    return { database: false, migrations: { applied: 0, expected: expected.length, pending: expected }, ok: false };
  }
}
