import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { toIsoDate } from "@/lib/dates";
import { referenceCodeFor } from "@/lib/domain/payment";
import type { IsoDate } from "@/lib/domain/types";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { mayDo } from "@/lib/domain/window-rules";
import { loadRuleDates } from "@/lib/server/applications/window-verdict";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { batchSelect, toBatchDef } from "@/lib/server/catalog/batch-dto";
import { getPayee, type Payee } from "@/lib/server/settings/payee";

export interface PaymentInfoDto {
  applicationId: string;
  status: ApplicationStatus;
  windowOpen: boolean;
  /** The rule table's "upload-receipt" for this application, and a fee and payee to pay (lib/domain/abilities). */
  canPay: boolean;
  paymentWindow: { start: IsoDate; end: IsoDate };
  feeFen: number;
  payee: Payee | null;
  referenceCode: string;
  candidateName: string;
  projectName: string;
  examDate: IsoDate;
  payment: {
    status: "PENDING" | "CONFIRMED" | "RETURNED";
    returnReason: string | null;
    amountFen: number;
    payerName: string;
  } | null;
}

/** What the payment page shows (五(二)): fee, payee, the remark's reference code, and the receipt's state. */
export async function getPaymentInfo(actor: Actor, applicationId: string, today: IsoDate): Promise<PaymentInfoDto> {
  if (actor.kind !== "CANDIDATE" || !actor.candidateId || !isUuid(applicationId))
    throw new AppError("NOT_FOUND", "errors.application.notFound");
  const application = await db.application.findFirst({
    where: { id: applicationId, candidateId: actor.candidateId, channel: "INDIVIDUAL" },
    select: {
      id: true,
      status: true,
      candidate: { select: { name: true } },
      plan: { select: { batch: { select: batchSelect }, project: { select: { name: true, feeFen: true } } } },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "errors.application.notFound");
  const referenceCode = referenceCodeFor(application.id, "GR");
  const [payee, payment] = await Promise.all([
    getPayee(),
    db.payment.findUnique({
      where: { referenceCode },
      select: { status: true, returnReason: true, amountFen: true, payerName: true },
    }),
  ]);
  const batch = toBatchDef(application.plan.batch);
  const feeFen = application.plan.project.feeFen;
  const dates = await loadRuleDates(batch);
  const receipt = (status: ApplicationStatus) => mayDo("upload-receipt", { role: "candidate", status, batch, day: today, dates });
  const windowOpen = receipt("APPROVED");
  const mine = receipt(application.status);
  return {
    applicationId: application.id,
    status: application.status,
    // The rule table's "upload-receipt" for an approved application: the payment window's days.
    windowOpen: windowOpen.allowed,
    canPay: mine.allowed && feeFen > 0 && payee !== null,
    paymentWindow: batch.payment,
    feeFen,
    payee,
    referenceCode,
    candidateName: application.candidate.name,
    projectName: application.plan.project.name,
    examDate: toIsoDate(application.plan.batch.examDate),
    payment,
  };
}
