import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { formatBeijing } from "@/lib/format";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { ApplicationStatus, Channel, PlanStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { planDecidable, seatSettable } from "@/lib/domain/abilities";
import { isUuid } from "@/lib/domain/uuid";
import { emptyCounts, tally, type PlanCounts } from "./list-plans";
import { PLAN_MINIMUM } from "./load-plan";

export interface PlanCandidateDto {
  applicationId: string;
  name: string;
  maskedIdNumber: string;
  status: ApplicationStatus;
  channel: Channel;
  institution: string | null;
  ticketNumber: string | null;
  roomId: string | null;
  room: string | null;
  seat: number | null;
  checkedIn: boolean;
  /** A seat may be set by hand (lib/domain/abilities.ts `seatSettable`, the rule set-seat applies). */
  canSetSeat: boolean;
}

export interface PlanDetailDto {
  id: string;
  batch: { id: string; year: number; seq: number; examDate: string };
  project: { seq: number; name: string };
  status: PlanStatus;
  statusReason: string | null;
  movedTo: { year: number; seq: number } | null;
  noticePublished: boolean;
  /** The officer may hold, move or cancel it now (lib/domain/abilities.ts `planDecidable`). */
  decidable: boolean;
  counts: PlanCounts;
  minimum: number;
  candidates: PlanCandidateDto[];
  /** Later published batches of the year and the next (四: candidates go to a later batch of the same project). */
  targets: { batchId: string; year: number; seq: number; examDate: string }[];
  /** The last decision taken on the plan and what it did, read back from its audit row (issue 17). */
  decision: PlanDecisionOutcomeDto | null;
}

export interface PlanDecisionOutcomeDto {
  kind: "hold" | "cancel" | "move";
  /** Beijing time, `YYYY-MM-DD HH:mm`. */
  at: string;
  reason: string | null;
  counts: {
    moved: number;
    alreadyInTarget: number;
    replaced: number;
    cancelled: number;
    refunds: number;
    waitingReceipts: number;
    ticketsIssued: number;
    paid: number;
  };
  target: { year: number; seq: number } | null;
}

const DECISIONS = { "plan.hold": "hold", "plan.cancel": "cancel", "plan.move": "move" } as const;

function num(value: unknown): number {
  return typeof value === "number" ? value : 0;
}

/** The audit row's `after` as the page's outcome; older rows lack the newer counts (0). */
export function decisionOf(row: { action: string; at: Date; after: unknown } | null): PlanDecisionOutcomeDto | null {
  if (!row || !(row.action in DECISIONS)) return null;
  const after = (row.after ?? {}) as Record<string, unknown>;
  const target = after.target as { year?: unknown; seq?: unknown } | undefined;
  return {
    kind: DECISIONS[row.action as keyof typeof DECISIONS],
    at: formatBeijing(row.at),
    reason: typeof after.reason === "string" ? after.reason : null,
    counts: {
      moved: num(after.moved),
      alreadyInTarget: num(after.alreadyInTarget),
      replaced: num(after.replaced),
      cancelled: num(after.cancelled ?? after.applicationsCancelled),
      refunds: num(after.refunds),
      waitingReceipts: num(after.waitingReceipts),
      ticketsIssued: num(after.ticketsIssued),
      paid: num(after.paid),
    },
    target:
      target && typeof target.year === "number" && typeof target.seq === "number" ? { year: target.year, seq: target.seq } : null,
  };
}

/** The officer's page for one plan: counts, the decision buttons, the candidates and their seats. */
export async function getPlan(actor: Actor, planId: string): Promise<PlanDetailDto> {
  assertStaffRole(actor, "EXAM_OFFICER");
  if (!isUuid(planId)) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const plan = await db.plan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      status: true,
      statusReason: true,
      movedToPlanId: true,
      noticePublishedAt: true,
      batch: { select: { id: true, year: true, seq: true, examDate: true } },
      project: { select: { seq: true, name: true } },
      applications: {
        orderBy: [{ ticketNumber: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          status: true,
          channel: true,
          ticketNumber: true,
          roomId: true,
          seat: true,
          checkedInAt: true,
          institution: { select: { name: true } },
          candidate: { select: { name: true, idNumber: true } },
          room: { select: { name: true, site: { select: { name: true } } } },
        },
      },
    },
  });
  if (!plan) throw new AppError("NOT_FOUND", "staffExam.errors.planNotFound");
  const [movedTo, targets, lastDecision] = await Promise.all([
    plan.movedToPlanId
      ? db.plan.findUnique({ where: { id: plan.movedToPlanId }, select: { batch: { select: { year: true, seq: true } } } })
      : null,
    db.batch.findMany({
      where: { examDate: { gt: plan.batch.examDate }, year: { lte: plan.batch.year + 1 }, published: true },
      orderBy: { examDate: "asc" },
      select: { id: true, year: true, seq: true, examDate: true },
    }),
    db.auditLog.findFirst({
      where: { entity: "Plan", entityId: plan.id, action: { in: Object.keys(DECISIONS) } },
      orderBy: { id: "desc" },
      select: { action: true, at: true, after: true },
    }),
  ]);
  const counts = emptyCounts();
  for (const a of plan.applications) {
    tally(counts, a.status, 1);
    if (a.status === "PAYMENT_CONFIRMED" && a.ticketNumber) counts.ticketed++;
  }
  return {
    id: plan.id,
    batch: { ...plan.batch, examDate: toIsoDate(plan.batch.examDate) },
    project: plan.project,
    status: plan.status,
    statusReason: plan.statusReason,
    movedTo: movedTo?.batch ?? null,
    noticePublished: plan.noticePublishedAt !== null,
    decidable: planDecidable(plan.status, plan.noticePublishedAt !== null),
    counts,
    minimum: PLAN_MINIMUM,
    candidates: plan.applications.map((a) => ({
      applicationId: a.id,
      name: a.candidate.name,
      maskedIdNumber: maskIdNumber(a.candidate.idNumber),
      status: a.status,
      channel: a.channel,
      institution: a.institution?.name ?? null,
      ticketNumber: a.ticketNumber,
      roomId: a.roomId,
      room: a.room ? `${a.room.site.name} ${a.room.name}` : null,
      seat: a.seat,
      checkedIn: a.checkedInAt !== null,
      canSetSeat: seatSettable(plan.status, a.status, a.ticketNumber),
    })),
    targets: targets.map((b) => ({ batchId: b.id, year: b.year, seq: b.seq, examDate: toIsoDate(b.examDate) })),
    decision: decisionOf(lastDecision),
  };
}
