import "server-only";
import { eventNote } from "@/lib/i18n/stored-message";
import type { FailureMessage } from "@/lib/action-result";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import { fromIsoDate } from "@/lib/dates";
import { sortByName } from "@/lib/db-crypto/order";
import { referenceCodeFor } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import type { BatchPaymentInput } from "@/lib/schemas/institution-payment-schema";
import { nextStatus } from "@/lib/server/applications/status";
import { assertMay, verdictFor } from "@/lib/server/applications/window-verdict";
import type { Actor } from "@/lib/server/auth/session";
import { prepareReceipt, writeReceiptPayment } from "@/lib/server/payments/write-receipt-payment";
import { getPayee, type Payee } from "@/lib/server/settings/payee";
import { type InstitutionScope, loadBatch, loadInstitutionScope, scopedApplications } from "../scope";

/** One project's part of a whole-batch notice: head count × that project's fee. */
export interface BatchNoticeLineDto {
  planId: string;
  projectSeq: number;
  projectName: string;
  feeFen: number;
  headCount: number;
  amountFen: number;
  names: string[];
}

export interface BatchPaymentNoticeDto {
  batchId: string;
  batchLabel: string;
  /** For the reader's language (issue 16 item 7); batchLabel is the Chinese for PDFs and notes. */
  batch: { year: number; seq: number };
  examDate: IsoDate;
  paymentWindow: { start: IsoDate; end: IsoDate };
  windowOpen: boolean;
  applicationIds: string[];
  lines: BatchNoticeLineDto[];
  headCount: number;
  amountFen: number;
  payee: Payee | null;
  referenceCode: string;
}

/**
 * 五(一) "机构通过对公转账缴费", one transfer per batch (issue 13 item 2): the remark's code is
 * derived from the batch and the exact set of candidates, across projects, so the same selection
 * always shows the same code and a returned receipt replaces the same Payment row (ADR 096).
 */
export function batchReferenceCode(batchId: string, applicationIds: readonly string[]): string {
  const digest = createHash("sha256")
    .update(`batch:${batchId}:${[...applicationIds].sort().join(",")}`)
    .digest("hex");
  return referenceCodeFor(digest, "JG");
}

/**
 * The institution's approved applications of one batch, exactly those asked for, in any of its
 * projects; anything else (someone else's, another batch's, no longer approved) refuses the whole
 * selection. Ordered by project (附件1 order), then name.
 */
async function loadBatchSelection(
  client: Tx | typeof db,
  scope: InstitutionScope,
  batchId: string,
  applicationIds: readonly string[],
) {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0)
    throw new AppError("INVALID", "institution.errors.payment.noneSelected", {
      applicationIds: ["institution.errors.payment.noneSelected"],
    });
  const rows = await client.application.findMany({
    where: { ...scopedApplications(scope), plan: { batchId, projectId: { in: [...scope.projectIds] } }, id: { in: ids } },
    orderBy: [{ plan: { project: { seq: "asc" } } }, { id: "asc" }],
    select: {
      id: true,
      status: true,
      planId: true,
      candidate: { select: { name: true } },
      plan: { select: { status: true, project: { select: { seq: true, name: true, feeFen: true } } } },
    },
  });
  if (rows.length !== ids.length || rows.some((r) => r.status !== "APPROVED")) {
    throw new AppError("CONFLICT", "institution.errors.payment.selectionChanged", {
      applicationIds: ["institution.errors.payment.selectionChanged"],
    });
  }
  if (rows.some((r) => r.plan.status === "CANCELLED")) throw new AppError("CONFLICT", "errors.plan.cancelled");
  if (rows.some((r) => r.plan.project.feeFen <= 0)) throw new AppError("CONFLICT", "errors.payment.feeUnset");
  // Names are encrypted at rest: ordered here within each project (ADR 057).
  return sortByName(
    rows,
    (r) => r.candidate.name,
    (r) => r.planId,
  );
}

type Selection = Awaited<ReturnType<typeof loadBatchSelection>>;

function linesOf(rows: Selection): BatchNoticeLineDto[] {
  const lines = new Map<string, BatchNoticeLineDto>();
  for (const r of rows) {
    const line = lines.get(r.planId) ?? {
      planId: r.planId,
      projectSeq: r.plan.project.seq,
      projectName: r.plan.project.name,
      feeFen: r.plan.project.feeFen,
      headCount: 0,
      amountFen: 0,
      names: [],
    };
    line.headCount += 1;
    line.amountFen += line.feeFen;
    line.names.push(r.candidate.name);
    lines.set(r.planId, line);
  }
  return [...lines.values()];
}

/** The whole-batch notice for a selection: per project head count × fee, one total, one code. */
export async function batchPaymentNotice(
  actor: Actor,
  batchId: string,
  applicationIds: readonly string[],
  today: IsoDate,
): Promise<BatchPaymentNoticeDto> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(batchId);
  const rows = await loadBatchSelection(db, scope, batch.id, applicationIds);
  const lines = linesOf(rows);
  return {
    batchId: batch.id,
    batchLabel: `${batch.year}年第${batch.seq}批`,
    batch: { year: batch.year, seq: batch.seq },
    examDate: batch.examDate,
    paymentWindow: batch.payment,
    windowOpen: (await verdictFor("upload-receipt", { role: "institution", status: "APPROVED", batch, day: today })).allowed,
    applicationIds: rows.map((r) => r.id),
    lines,
    headCount: rows.length,
    amountFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
    payee: await getPayee(),
    referenceCode: batchReferenceCode(
      batch.id,
      rows.map((r) => r.id),
    ),
  };
}

export interface BatchPaymentResult {
  referenceCode: string;
  headCount: number;
  projects: number;
  amountMatches: boolean;
}

/**
 * 五(一) for a whole batch: one bank receipt for approved candidates of several projects, with the
 * exam date and head count the notice asks for. One Payment row holds every application (its
 * `planId` is the first project's, ADR 096), so the finance clerk's one 确认收费 confirms them all
 * (confirmPayment works on the Payment's items). The amount check is ADR 033's, against the sum
 * of head count × fee per project.
 */
export async function submitBatchPayment(
  actor: Actor,
  input: BatchPaymentInput,
  receipt: { bytes: Uint8Array; name: string },
  today: IsoDate,
): Promise<BatchPaymentResult> {
  const scope = await loadInstitutionScope(actor);
  const batch = await loadBatch(input.batchId);
  await assertMay("upload-receipt", { role: "institution", status: "APPROVED", batch, day: today });
  // Checked before the receipt is decoded: nobody makes the server decode a file for a selection it may not pay.
  await loadBatchSelection(db, scope, batch.id, input.applicationIds);
  const prepared = await prepareReceipt(receipt);

  return db.$transaction(async (tx) => {
    const ids = [...new Set(input.applicationIds)].sort();
    // Locked in id order, as every multi-row lock here, so two payments cannot deadlock.
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
    const rows = await loadBatchSelection(tx, scope, batch.id, ids);
    const lines = linesOf(rows);
    const expected = lines.reduce((sum, l) => sum + l.amountFen, 0);
    const fieldErrors: Record<string, FailureMessage[]> = {};
    if (input.headCount !== rows.length) fieldErrors.headCount = ["institution.errors.payment.headCount"];
    if (input.examDate !== batch.examDate) fieldErrors.examDate = ["institution.errors.payment.examDate"];
    if (input.amount !== expected && !input.acceptMismatch) fieldErrors.amount = ["institution.errors.payment.amountMismatch"];
    if (Object.keys(fieldErrors).length > 0) throw new AppError("INVALID", "institution.errors.payment.check", fieldErrors);

    const referenceCode = batchReferenceCode(batch.id, ids);
    await writeReceiptPayment(tx, {
      referenceCode,
      receipt: prepared,
      typed: input,
      fields: { expectedAmountFen: expected, examDateNote: fromIsoDate(input.examDate), headCount: rows.length },
      submittedById: actor.id,
      newRow: {
        channel: "INSTITUTION",
        institutionId: scope.institutionId,
        planId: lines[0]!.planId,
        items: { createMany: { data: ids.map((applicationId) => ({ applicationId })) } },
      },
    });
    const status = nextStatus("APPROVED", "submit-payment");
    await tx.application.updateMany({
      where: { id: { in: ids }, status: "APPROVED" },
      data: { status, version: { increment: 1 } },
    });
    const note = eventNote("timelineNotes.institutionBatchPayment", {
      amountFen: input.amount,
      count: rows.length,
      projects: lines.length,
      code: referenceCode,
    });
    await tx.applicationEvent.createMany({
      data: ids.map((applicationId) => ({
        applicationId,
        fromStatus: "APPROVED" as const,
        toStatus: status,
        actorId: actor.id,
        ...note,
      })),
    });
    return { referenceCode, headCount: rows.length, projects: lines.length, amountMatches: input.amount === expected };
  });
}
