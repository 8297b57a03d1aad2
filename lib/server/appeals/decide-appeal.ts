import "server-only";
import { inboxMessage } from "@/lib/i18n/stored-message";
import { messageColumns } from "@/lib/server/notifications/notify";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { idNumberHash } from "@/lib/db-crypto/raw";
import { db, type Tx } from "@/lib/db";
import type { AppealDecisionData } from "@/lib/schemas/appeal-schema";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { sendSms } from "@/lib/server/sms/send-sms";
import { requireAppealStaff } from "./appeal-access";

interface Told {
  mobile: string;
  subject: string;
}

/**
 * A staff decision on an appeal (issue 10), in one transaction with the appeal row locked:
 * - approve: the record (Candidate) of that ID number goes to a new account for the appellant
 *   (the password they chose), with their name and contact mobile; an account that held it is
 *   disabled, its sessions ended and its login freed; both sides are told (inbox and SMS);
 * - reject: with a reason, told by SMS.
 * Every step audited. The SMS go out after the commit.
 */
export async function decideAppeal(actor: Actor, input: AppealDecisionData): Promise<{ status: "APPROVED" | "REJECTED" }> {
  requireAppealStaff(actor);
  const at = now();
  const { status, told } = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "AccountAppeal" WHERE id = ${input.appealId}::uuid FOR UPDATE`;
    const appeal = await tx.accountAppeal.findUnique({ where: { id: input.appealId } });
    if (!appeal) throw new AppError("NOT_FOUND", "identity.appeal.notFound");
    if (appeal.status !== "PENDING") throw new AppError("CONFLICT", "identity.appeal.alreadyDecided");
    if (input.decision === "reject") {
      await tx.accountAppeal.update({
        where: { id: appeal.id },
        data: { status: "REJECTED", decidedById: actor.id, decidedAt: at, decisionReason: input.reason },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "appeal.reject",
        entity: "AccountAppeal",
        entityId: appeal.id,
        after: { reason: input.reason },
      });
      const told: Told[] = [
        { mobile: appeal.contactMobile, subject: "您的账号申诉未通过，原因见报名网站，可补充材料后重新申诉" },
      ];
      return { status: "REJECTED" as const, told };
    }
    return { status: "APPROVED" as const, told: await approve(tx, actor, appeal, input.reason, at) };
  });
  for (const message of told) await sendSms(message.mobile, "notice", { subject: message.subject }).catch(() => null);
  return { status };
}

async function approve(
  tx: Tx,
  actor: Actor,
  appeal: { id: string; idNumber: string; name: string; contactMobile: string; passwordHash: string },
  reason: string,
  at: Date,
): Promise<Told[]> {
  await tx.$queryRaw`SELECT id FROM "Candidate" WHERE "idNumberHash" = ${idNumberHash(appeal.idNumber)} FOR UPDATE`;
  const record = await tx.candidate.findUnique({ where: { idNumber: appeal.idNumber }, select: { id: true, userId: true } });
  const holder = await tx.user.findUnique({ where: { login: appeal.idNumber }, select: { id: true, mobile: true } });
  const told: Told[] = [];
  if (holder) {
    // The login (the ID number) must be free for the rightful account; the old one keeps a trace
    // that names the appeal, not the ID number (a plain login would show it in a dump, ADR 057).
    await tx.user.update({
      where: { id: holder.id },
      data: { login: `appeal-${appeal.id}`, disabledAt: at, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.disable",
      entity: "User",
      entityId: holder.id,
      after: { appealId: appeal.id, reason: "account appeal approved" },
    });
    await tx.notification.create({
      data: {
        userId: holder.id,
        createdAt: at,
        ...messageColumns(inboxMessage("accountDisabled", {})),
      },
      select: { id: true },
    });
    if (holder.mobile)
      told.push({ mobile: holder.mobile, subject: "经账号申诉核实，您注册的报名账号已停用，如有异议请联系鉴定中心" });
  }
  const user = await tx.user.create({
    data: {
      kind: "CANDIDATE",
      login: appeal.idNumber,
      displayName: appeal.name,
      mobile: appeal.contactMobile,
      passwordHash: appeal.passwordHash,
      createdAt: at,
    },
    select: { id: true },
  });
  if (record) {
    await tx.candidate.update({
      where: { id: record.id },
      data: { userId: user.id, name: appeal.name, mobile: appeal.contactMobile },
      select: { id: true },
    });
  } else {
    await tx.candidate.create({
      data: { idNumber: appeal.idNumber, name: appeal.name, mobile: appeal.contactMobile, userId: user.id },
      select: { id: true },
    });
  }
  await tx.notification.create({
    data: {
      userId: user.id,
      createdAt: at,
      ...messageColumns(inboxMessage("appealApproved", {})),
    },
    select: { id: true },
  });
  await tx.accountAppeal.update({
    where: { id: appeal.id },
    data: {
      status: "APPROVED",
      decidedById: actor.id,
      decidedAt: at,
      decisionReason: reason || null,
      grantedUserId: user.id,
      disabledUserId: holder?.id ?? null,
    },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "appeal.approve",
    entity: "AccountAppeal",
    entityId: appeal.id,
    before: { candidateId: record?.id ?? null, userId: record?.userId ?? null },
    after: { userId: user.id, disabledUserId: holder?.id ?? null },
  });
  told.push({ mobile: appeal.contactMobile, subject: "您的账号申诉已通过，请用申诉时设置的密码登录报名网站" });
  return told;
}
