import "server-only";
import { AppError } from "@/lib/app-error";
import { verifyPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";

/**
 * An application is in progress while the center still owes the person something or the person
 * still has something to do: under review, returned, approved and unpaid, paid and waiting for
 * the review of the payment, or paid with results not yet published (plan not cancelled).
 */
export const IN_PROGRESS: Prisma.ApplicationWhereInput = {
  OR: [
    { status: { in: ["SUBMITTED", "RETURNED", "APPROVED", "PAYMENT_SUBMITTED"] } },
    { status: "PAYMENT_CONFIRMED", plan: { noticePublishedAt: null, status: { not: "CANCELLED" } } },
  ],
};

/**
 * Issue 11, PIPL art. 47 (注销): the candidate closes their account when nothing is in
 * progress, confirming with their password. The account can no longer log in and loses its
 * contact data, inbox and drafts (with their files). Kept (stated on /privacy, ADR 061): the
 * person's name and ID number with their finished applications, results and certificates (the
 * center's register), and their consents (proof of what was agreed); scans go on the schedule,
 * and a person without a certificate is anonymised once their applications are past their
 * period (no account is left to keep them, lib/server/jobs/retention.ts).
 */
export async function closeAccount(actor: Actor, password: string): Promise<void> {
  if (actor.kind !== "CANDIDATE" || !actor.candidateId) throw new AppError("FORBIDDEN", "errors.forbidden");
  const candidateId = actor.candidateId;
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password)))
    throw new AppError("INVALID", "privacy.errors.wrongPassword", { password: ["privacy.errors.wrongPassword"] });
  const at = now();
  await db.$transaction(async (tx) => {
    // One closure at a time per person, and no submit slipping in between the check and the close.
    await tx.$queryRaw`SELECT id FROM "Candidate" WHERE id = ${candidateId}::uuid FOR UPDATE`;
    const busy = await tx.application.count({ where: { candidateId, ...IN_PROGRESS } });
    if (busy > 0) throw new AppError("CONFLICT", "privacy.errors.closeInProgress");
    const drafts = await tx.application.findMany({
      where: { candidateId, status: "DRAFT" },
      select: { id: true, attachments: { select: { fileId: true } } },
    });
    await tx.application.deleteMany({ where: { id: { in: drafts.map((d) => d.id) } } });
    const fileIds = drafts.flatMap((d) => d.attachments.map((a) => a.fileId));
    if (fileIds.length > 0) await tx.storedFile.deleteMany({ where: { id: { in: fileIds }, attachments: { none: {} } } });
    await tx.notification.deleteMany({ where: { userId: actor.id } });
    await tx.candidate.update({ where: { id: candidateId }, data: { userId: null, mobile: null }, select: { id: true } });
    await tx.user.update({
      where: { id: actor.id },
      data: {
        login: `closed:${actor.id}`,
        displayName: "已注销",
        mobile: null,
        email: null,
        passwordHash: "!closed",
        disabledAt: at,
        sessionVersion: { increment: 1 },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "rights.close",
      entity: "Candidate",
      entityId: candidateId,
      after: { draftsDeleted: drafts.length },
    });
  });
}
