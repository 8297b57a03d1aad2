import "server-only";
import { db } from "@/lib/db";
import { maskIdNumber } from "@/lib/domain/id-number";
import type { Actor } from "@/lib/server/auth/session";
import { maskMobile, requireAppealStaff } from "./appeal-access";

export interface AppealRow {
  id: string;
  name: string;
  idNumberMasked: string;
  contactMobile: string;
  status: "PENDING" | "APPROVED" | "REJECTED";
  createdAt: Date;
}

/** The queue: pending first, oldest first; decided ones after (the latest 100). */
export async function listAppeals(actor: Actor): Promise<AppealRow[]> {
  requireAppealStaff(actor);
  const rows = await db.accountAppeal.findMany({
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    take: 100,
    select: { id: true, name: true, idNumber: true, contactMobile: true, status: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    idNumberMasked: maskIdNumber(r.idNumber),
    contactMobile: maskMobile(r.contactMobile) ?? "",
    status: r.status,
    createdAt: r.createdAt,
  }));
}

export interface AppealDetail extends AppealRow {
  idNumber: string;
  contactMobileFull: string;
  decisionReason: string | null;
  decidedAt: Date | null;
  /** The record on file for this ID number, and the account that holds it, if any. */
  onRecord: { name: string; mobile: string | null; holderLogin: string | null; holderCreatedAt: Date | null } | null;
}

export async function getAppeal(actor: Actor, id: string): Promise<AppealDetail | null> {
  requireAppealStaff(actor);
  const appeal = await db.accountAppeal.findUnique({ where: { id } });
  if (!appeal) return null;
  const record = await db.candidate.findUnique({
    where: { idNumber: appeal.idNumber },
    select: { name: true, mobile: true, user: { select: { login: true, createdAt: true } } },
  });
  return {
    id: appeal.id,
    name: appeal.name,
    idNumber: appeal.idNumber,
    idNumberMasked: maskIdNumber(appeal.idNumber),
    contactMobile: maskMobile(appeal.contactMobile) ?? "",
    contactMobileFull: appeal.contactMobile,
    status: appeal.status,
    createdAt: appeal.createdAt,
    decisionReason: appeal.decisionReason,
    decidedAt: appeal.decidedAt,
    onRecord: record
      ? {
          name: record.name,
          mobile: maskMobile(record.mobile),
          holderLogin: record.user ? "yes" : null,
          holderCreatedAt: record.user?.createdAt ?? null,
        }
      : null,
  };
}
