import "server-only";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { recordPersonalDataRead } from "@/lib/server/privacy/record-read";

export interface RefundDto {
  id: string;
  status: RefundStatus;
  amountFen: number;
  payerName: string;
  payerAccount: string | null;
  reason: string;
  referenceCode: string;
  paymentId: string;
  receipt: { fileId: string } | null;
  candidateName: string;
  maskedIdNumber: string;
  institutionName: string | null;
  project: { seq: number; name: string };
  batch: { year: number; seq: number };
  createdAt: string;
  paidOn: IsoDate | null;
  bankReference: string | null;
}

const refundSelect = {
  id: true,
  status: true,
  amountFen: true,
  payerName: true,
  payerAccount: true,
  reason: true,
  createdAt: true,
  paidOn: true,
  bankReference: true,
  payment: { select: { id: true, referenceCode: true, receiptFileId: true } },
  application: {
    select: {
      candidateId: true,
      institution: { select: { name: true } },
      candidate: { select: { name: true, idNumber: true } },
      plan: { select: { batch: { select: { year: true, seq: true } }, project: { select: { seq: true, name: true } } } },
    },
  },
} satisfies Prisma.RefundSelect;

type RefundRow = Prisma.RefundGetPayload<{ select: typeof refundSelect }>;

function toDto(r: RefundRow): RefundDto {
  return {
    id: r.id,
    status: r.status,
    amountFen: r.amountFen,
    payerName: r.payerName,
    payerAccount: r.payerAccount,
    reason: r.reason,
    referenceCode: r.payment.referenceCode,
    paymentId: r.payment.id,
    receipt: r.payment.receiptFileId ? { fileId: r.payment.receiptFileId } : null,
    candidateName: r.application.candidate.name,
    maskedIdNumber: maskIdNumber(r.application.candidate.idNumber),
    institutionName: r.application.institution?.name ?? null,
    project: r.application.plan.project,
    batch: r.application.plan.batch,
    createdAt: r.createdAt.toISOString(),
    paidOn: r.paidOn ? toIsoDate(r.paidOn) : null,
    bankReference: r.bankReference,
  };
}

/**
 * Finance's refund list (ADR 080): refunds due first (oldest first), then the paid ones. The
 * clerk sees payers and candidates: one read-audit row (issue 11, ADR 060).
 */
export async function listRefunds(actor: Actor, filter: { status: RefundStatus | null }): Promise<RefundDto[]> {
  assertStaffRole(actor, "FINANCE");
  const rows = await db.refund.findMany({
    where: filter.status ? { status: filter.status } : {},
    orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: refundSelect,
    take: 500,
  });
  if (rows.length > 0)
    await recordPersonalDataRead(actor, {
      action: "refund.list",
      entity: "Refund",
      entityId: filter.status ?? "all",
      candidateIds: rows.map((r) => r.application.candidateId),
    });
  return rows.map(toDto);
}

export interface OwnRefundDto {
  applicationId: string;
  candidateName: string;
  project: string;
  batch: { year: number; seq: number };
  amountFen: number;
  status: RefundStatus;
  paidOn: IsoDate | null;
  bankReference: string | null;
}

/**
 * The refunds a candidate (their own applications) or an institution (the candidates it
 * registered) may see, optionally of one application or one batch. Scope from the session only.
 */
export async function listOwnRefunds(
  actor: Actor,
  filter: { applicationId?: string; batchId?: string } = {},
): Promise<OwnRefundDto[]> {
  const scope: Prisma.ApplicationWhereInput | null =
    actor.kind === "INSTITUTION" && actor.institutionId
      ? { channel: "INSTITUTION", institutionId: actor.institutionId }
      : actor.kind === "CANDIDATE"
        ? { candidate: { userId: actor.id } }
        : null;
  if (!scope) return [];
  const rows = await db.refund.findMany({
    where: {
      application: {
        ...scope,
        ...(filter.applicationId ? { id: filter.applicationId } : {}),
        ...(filter.batchId ? { plan: { batchId: filter.batchId } } : {}),
      },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      applicationId: true,
      amountFen: true,
      status: true,
      paidOn: true,
      bankReference: true,
      application: {
        select: {
          candidate: { select: { name: true } },
          plan: { select: { batch: { select: { year: true, seq: true } }, project: { select: { name: true } } } },
        },
      },
    },
  });
  return rows.map((r) => ({
    applicationId: r.applicationId,
    candidateName: r.application.candidate.name,
    project: r.application.plan.project.name,
    batch: r.application.plan.batch,
    amountFen: r.amountFen,
    status: r.status,
    paidOn: r.paidOn ? toIsoDate(r.paidOn) : null,
    bankReference: r.bankReference,
  }));
}
