import "server-only";
import { recordPersonalDataRead } from "@/lib/server/privacy/record-read";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus, Channel, PaymentStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/domain/uuid";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import type { Actor } from "@/lib/server/auth/session";
import type { Verdict } from "@/lib/domain/window-rules";
import { verdictFor } from "@/lib/server/applications/window-verdict";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";

export interface PaymentDto {
  id: string;
  status: PaymentStatus;
  channel: Channel;
  referenceCode: string;
  payerName: string;
  amountFen: number;
  expectedAmountFen: number;
  transferDate: IsoDate;
  proxyNote: string | null;
  examDateNote: IsoDate | null;
  headCount: number;
  institutionName: string | null;
  batch: { year: number; seq: number; examDate: IsoDate; paymentEnd: IsoDate };
  project: { seq: number; name: string };
  receipt: { fileId: string; mime: string } | null;
  createdAt: string;
  returnReason: string | null;
  /** The plan was cancelled (or merged away): a waiting receipt can no longer be confirmed (ADR 080). */
  planCancelled: boolean;
  applications: { id: string; candidateName: string; maskedIdNumber: string; status: ApplicationStatus }[];
}

export const paymentSelect = {
  id: true,
  status: true,
  channel: true,
  referenceCode: true,
  payerName: true,
  amountFen: true,
  expectedAmountFen: true,
  transferDate: true,
  proxyNote: true,
  examDateNote: true,
  headCount: true,
  institutionId: true,
  planId: true,
  receiptFileId: true,
  createdAt: true,
  returnReason: true,
  items: { select: { applicationId: true } },
} satisfies Prisma.PaymentSelect;

type PaymentRow = Prisma.PaymentGetPayload<{ select: typeof paymentSelect }>;

/** Oldest first; the id breaks ties (one institution's receipts can share a transaction's time). */
export const PENDING_ORDER = [{ createdAt: "asc" }, { id: "asc" }] satisfies Prisma.PaymentOrderByWithRelationInput[];

/** 五: receipts waiting for 确认收费, oldest first (first come, first confirmed). */
export async function listPendingPayments(actor: Actor): Promise<PaymentDto[]> {
  assertStaffRole(actor, "FINANCE");
  const rows = await db.payment.findMany({
    where: { status: "PENDING" },
    orderBy: PENDING_ORDER,
    select: paymentSelect,
    take: 500,
  });
  return toDtos(rows);
}

export async function getPayment(actor: Actor, paymentId: string): Promise<PaymentDto> {
  assertStaffRole(actor, "FINANCE");
  if (!isUuid(paymentId)) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
  const row = await db.payment.findUnique({ where: { id: paymentId }, select: paymentSelect });
  if (!row) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
  // Issue 11: the clerk sees the payer and the people paid for: one audit row (ADR 060).
  const people = await db.$queryRaw<{ candidateId: string }[]>`
    SELECT a."candidateId" FROM "PaymentItem" i JOIN "Application" a ON a.id = i."applicationId" WHERE i."paymentId" = ${paymentId}::uuid`;
  await recordPersonalDataRead(actor, {
    action: "payment.view",
    entity: "Payment",
    entityId: paymentId,
    candidateIds: people.map((p) => p.candidateId),
  });
  const [dto] = await toDtos([row]);
  return dto!;
}

/**
 * The rule table's 确认收费 verdict for a waiting receipt on `today` (五, ADR 064: until one
 * working day after the payment window), for the button on the receipt's page.
 */
export async function confirmVerdict(actor: Actor, paymentId: string, today: IsoDate): Promise<Verdict> {
  assertStaffRole(actor, "FINANCE");
  if (!isUuid(paymentId)) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
  const row = await db.payment.findUnique({
    where: { id: paymentId },
    select: { status: true, planId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "staffPayments.errors.notFound");
  const plan = await db.plan.findUniqueOrThrow({ where: { id: row.planId }, select: { batch: { select: batchSelect } } });
  const status = row.status === "PENDING" ? "PAYMENT_SUBMITTED" : "PAYMENT_CONFIRMED";
  return verdictFor("confirm-payment", { role: "finance", status, batch: toBatchDef(plan.batch), day: today });
}

/** Payment has no relations to plan, institution or file in the schema: they are joined here. */
export async function toDtos(rows: PaymentRow[]): Promise<PaymentDto[]> {
  const ids = (pick: (r: PaymentRow) => string | null) => [...new Set(rows.flatMap((r) => (pick(r) ? [pick(r)!] : [])))];
  const [plans, institutions, files, applications] = await Promise.all([
    db.plan.findMany({
      where: { id: { in: ids((r) => r.planId) } },
      select: {
        id: true,
        status: true,
        batch: { select: { year: true, seq: true, examDate: true, paymentEnd: true } },
        project: { select: { seq: true, name: true } },
      },
    }),
    db.institution.findMany({ where: { id: { in: ids((r) => r.institutionId) } }, select: { id: true, name: true } }),
    db.storedFile.findMany({ where: { id: { in: ids((r) => r.receiptFileId) } }, select: { id: true, mime: true } }),
    db.application.findMany({
      where: { id: { in: rows.flatMap((r) => r.items.map((i) => i.applicationId)) } },
      select: { id: true, status: true, candidate: { select: { name: true, idNumber: true } } },
    }),
  ]);
  const plan = new Map(plans.map((p) => [p.id, p]));
  const institution = new Map(institutions.map((i) => [i.id, i.name]));
  const file = new Map(files.map((f) => [f.id, f.mime]));
  const application = new Map(applications.map((a) => [a.id, a]));
  return rows.map((r) => {
    const p = plan.get(r.planId);
    const mime = r.receiptFileId ? file.get(r.receiptFileId) : undefined;
    return {
      id: r.id,
      status: r.status,
      channel: r.channel,
      referenceCode: r.referenceCode,
      payerName: r.payerName,
      amountFen: r.amountFen,
      expectedAmountFen: r.expectedAmountFen,
      transferDate: toIsoDate(r.transferDate),
      proxyNote: r.proxyNote,
      examDateNote: r.examDateNote ? toIsoDate(r.examDateNote) : null,
      headCount: r.headCount,
      institutionName: r.institutionId ? (institution.get(r.institutionId) ?? null) : null,
      batch: p
        ? {
            year: p.batch.year,
            seq: p.batch.seq,
            examDate: toIsoDate(p.batch.examDate),
            paymentEnd: toIsoDate(p.batch.paymentEnd),
          }
        : { year: 0, seq: 0, examDate: "", paymentEnd: "" },
      project: p?.project ?? { seq: 0, name: "" },
      receipt: r.receiptFileId && mime ? { fileId: r.receiptFileId, mime } : null,
      createdAt: r.createdAt.toISOString(),
      returnReason: r.returnReason,
      planCancelled: p?.status === "CANCELLED",
      applications: r.items.flatMap((i) => {
        const a = application.get(i.applicationId);
        return a
          ? [{ id: a.id, candidateName: a.candidate.name, maskedIdNumber: maskIdNumber(a.candidate.idNumber), status: a.status }]
          : [];
      }),
    };
  });
}
