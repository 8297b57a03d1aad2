import "server-only";
import { db } from "@/lib/db";
import { currentPhase, type BatchPosition } from "@/lib/domain/calendar";
import type { BatchDef, IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { type InstitutionScope, loadInstitutionScope } from "./scope";

/**
 * Every state an application can be in, in the order of its life (issue 13 item 9): the overview
 * shows a column for each, so the columns always add up to the total (a rejected, lapsed,
 * forfeited or cancelled candidate is counted somewhere).
 */
export const OVERVIEW_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "APPROVED",
  "PAYMENT_SUBMITTED",
  "PAYMENT_CONFIRMED",
  "REJECTED",
  "LAPSED",
  "FORFEITED",
  "CANCELLED",
] as const satisfies readonly ApplicationStatus[];

export interface InstitutionBatchDto {
  batch: BatchDef & { id: string };
  phase: BatchPosition;
  counts: Partial<Record<ApplicationStatus, number>>;
  /** One count per state of OVERVIEW_STATUSES, zeros included; they add up to `total`. */
  columns: { status: ApplicationStatus; count: number }[];
  total: number;
}

export interface InstitutionOverviewDto {
  institutionName: string;
  projects: InstitutionScope["projects"];
  batches: InstitutionBatchDto[];
}

/**
 * The institution's home: its authorized projects (附件2) and every batch of the year around
 * today (三) with where the batch stands and how many of its candidates are in each state.
 */
export async function institutionOverview(actor: Actor, today: IsoDate): Promise<InstitutionOverviewDto> {
  const scope = await loadInstitutionScope(actor);
  const year = Number(today.slice(0, 4));
  const [batches, counts] = await Promise.all([
    db.batch.findMany({
      where: { published: true, year: { in: [year - 1, year, year + 1] } },
      orderBy: [{ year: "asc" }, { seq: "asc" }],
      select: batchSelect,
    }),
    db.$queryRaw<{ batchId: string; status: ApplicationStatus; n: number }[]>`
      SELECT pl."batchId", a.status, count(*)::int AS n
      FROM "Application" a JOIN "Plan" pl ON pl.id = a."planId"
      WHERE a.channel = 'INSTITUTION' AND a."institutionId" = ${scope.institutionId}::uuid AND pl."projectId" = ANY(${[...scope.projectIds]}::uuid[])
      GROUP BY 1, 2`,
  ]);
  const rows = batches.map((row) => {
    const batch = toBatchDef(row);
    const mine = counts.filter((c) => c.batchId === batch.id);
    return {
      batch,
      phase: currentPhase(batch, today),
      counts: Object.fromEntries(mine.map((c) => [c.status, c.n])),
      columns: OVERVIEW_STATUSES.map((status) => ({ status, count: mine.find((c) => c.status === status)?.n ?? 0 })),
      total: mine.reduce((sum, c) => sum + c.n, 0),
    };
  });
  // Batches that are over and had none of this institution's candidates are noise on this page.
  return {
    institutionName: scope.institutionName,
    projects: scope.projects,
    batches: rows.filter((r) => r.phase !== "after" || r.total > 0),
  };
}
