import "server-only";
import type { Db, Tx } from "@/lib/db";
import { maskIdNumber, maskName } from "@/lib/domain/id-number";
import { isUuid } from "@/lib/domain/uuid";

/**
 * Who and what an audit row is about, in words (issue 17 item 7, ADR 085): the project, the
 * batch, the candidate with a masked name and ID number, the receipt's reference code and the
 * institution. Written with the row, so the log page lists thousands of rows without decrypting
 * anything, and a row still names its subject after the data it points to was erased (ADR 061).
 * Masked as the results notice prints them (八): recognisable, not reusable.
 */
export interface AuditSubject {
  batch?: { year: number; seq: number };
  project?: { seq: number; name: string; nameEn: string };
  candidate?: { name: string; idNumber: string };
  /** A receipt for several candidates (五(一)): how many. */
  candidates?: number;
  referenceCode?: string;
  institution?: string;
}

const planSelect = {
  batch: { select: { year: true, seq: true } },
  project: { select: { seq: true, name: true, nameEn: true } },
} as const;

type PlanRow = { batch: { year: number; seq: number }; project: { seq: number; name: string; nameEn: string } };
type CandidateRow = { name: string; idNumber: string };

const ofPlan = (plan: PlanRow): AuditSubject => ({ batch: plan.batch, project: plan.project });
const ofCandidate = (c: CandidateRow): AuditSubject["candidate"] => ({
  name: maskName(c.name),
  idNumber: maskIdNumber(c.idNumber),
});

async function ofPayment(tx: Tx | Db, id: string): Promise<AuditSubject | null> {
  const payment = await tx.payment.findUnique({
    where: { id },
    select: { planId: true, referenceCode: true, institutionId: true, items: { select: { applicationId: true } } },
  });
  if (!payment) return null;
  const [plan, applications, institution] = await Promise.all([
    tx.plan.findUnique({ where: { id: payment.planId }, select: planSelect }),
    payment.items.length === 1
      ? tx.application.findMany({
          where: { id: { in: payment.items.map((i) => i.applicationId) } },
          select: { candidate: { select: { name: true, idNumber: true } } },
        })
      : Promise.resolve([]),
    payment.institutionId
      ? tx.institution.findUnique({ where: { id: payment.institutionId }, select: { name: true } })
      : Promise.resolve(null),
  ]);
  const [only] = applications;
  return {
    ...(plan ? ofPlan(plan) : {}),
    referenceCode: payment.referenceCode,
    ...(only ? { candidate: ofCandidate(only.candidate) } : { candidates: payment.items.length }),
    ...(institution ? { institution: institution.name } : {}),
  };
}

/** The subject of a row about `entity` `entityId`, read in the caller's transaction; null for anything else. */
export async function describeAuditSubject(
  tx: Tx | Db,
  entity: string,
  entityId: string | null | undefined,
): Promise<AuditSubject | null> {
  if (!entityId || !isUuid(entityId)) return null;
  switch (entity) {
    case "Batch": {
      const batch = await tx.batch.findUnique({ where: { id: entityId }, select: { year: true, seq: true } });
      return batch ? { batch } : null;
    }
    case "Plan": {
      const plan = await tx.plan.findUnique({ where: { id: entityId }, select: planSelect });
      return plan ? ofPlan(plan) : null;
    }
    case "Application": {
      const app = await tx.application.findUnique({
        where: { id: entityId },
        select: {
          plan: { select: planSelect },
          candidate: { select: { name: true, idNumber: true } },
          institution: { select: { name: true } },
        },
      });
      if (!app) return null;
      return {
        ...ofPlan(app.plan),
        candidate: ofCandidate(app.candidate),
        ...(app.institution ? { institution: app.institution.name } : {}),
      };
    }
    case "Candidate": {
      const candidate = await tx.candidate.findUnique({ where: { id: entityId }, select: { name: true, idNumber: true } });
      return candidate ? { candidate: ofCandidate(candidate) } : null;
    }
    case "Payment":
      return ofPayment(tx, entityId);
    case "BankStatementLine": {
      const line = await tx.bankStatementLine.findUnique({ where: { id: entityId }, select: { matchedPaymentId: true } });
      return line?.matchedPaymentId ? ofPayment(tx, line.matchedPaymentId) : null;
    }
    default:
      return null;
  }
}
