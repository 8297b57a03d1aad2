import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db-client";
import { withCheckDigit } from "@/lib/domain/id-number";
import { seedDemoApplications } from "./demo-applications";
import { seedDemoSettings } from "./demo-settings";

export interface DemoAccount {
  role: string;
  login: string;
  password: string;
}

export const DEMO_PASSWORD = "Demo2025pass";
export const DEMO_CANDIDATE_ID_NUMBER = withCheckDigit("51010419900101123");

/**
 * The demo candidate's and institution's addresses (example.com is reserved for examples,
 * nobody's mailbox): with SMTP_URL set, the next decision in the demo shows mail going out.
 * Given only when the accounts are created, so one removed in the inbox stays removed when the
 * seed runs again.
 */
export const DEMO_EMAILS = { candidate: "demo-candidate@example.com", institution: "demo-institution@example.com" };

/** Printed in the start banner; demo data only, never seeded in production (PORTAL_DEMO=0). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { role: "考生 candidate", login: DEMO_CANDIDATE_ID_NUMBER, password: DEMO_PASSWORD },
  { role: "机构 institution", login: "inst-dsj", password: DEMO_PASSWORD },
  { role: "审核员 reviewer", login: "reviewer", password: DEMO_PASSWORD },
  { role: "财务 finance", login: "finance", password: DEMO_PASSWORD },
  { role: "考务+管理员 officer+admin", login: "officer", password: DEMO_PASSWORD },
  { role: "审计员 auditor (audit log only, ADR 060)", login: "auditor", password: DEMO_PASSWORD },
];

/** Demo accounts, settings and one application in every state; skipped when already there. */
export async function seedDemo(db: Db): Promise<{ created: boolean }> {
  if (await db.user.findUnique({ where: { login: "reviewer" }, select: { id: true } })) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const institution = await db.institution.findUniqueOrThrow({ where: { name: "四川省大数据产业联合会" }, select: { id: true } });

  await db.$transaction(
    async (tx) => {
      const { roomId } = await seedDemoSettings(tx);
      const candidateUser = await tx.user.create({
        data: {
          kind: "CANDIDATE",
          login: DEMO_CANDIDATE_ID_NUMBER,
          displayName: "王小明",
          mobile: "13800000001",
          email: DEMO_EMAILS.candidate,
          passwordHash,
        },
        select: { id: true },
      });
      await tx.user.create({
        data: {
          kind: "INSTITUTION",
          login: "inst-dsj",
          displayName: "四川省大数据产业联合会",
          email: DEMO_EMAILS.institution,
          passwordHash,
          institutionId: institution.id,
        },
      });
      await tx.user.create({
        data: { kind: "STAFF", login: "reviewer", displayName: "审核员 李娜", passwordHash, roles: ["REVIEWER"] },
      });
      await tx.user.create({
        data: { kind: "STAFF", login: "finance", displayName: "财务 张会计", passwordHash, roles: ["FINANCE"] },
      });
      await tx.user.create({
        data: { kind: "STAFF", login: "officer", displayName: "考务 罗曼奕", passwordHash, roles: ["EXAM_OFFICER", "ADMIN"] },
      });
      // Issue 11: the audit log is the auditor's alone, never an administrator's (ADR 060).
      await tx.user.create({
        data: { kind: "STAFF", login: "auditor", displayName: "审计员 周审计", passwordHash, roles: ["AUDITOR"] },
      });
      await seedDemoApplications(tx, { candidateUserId: candidateUser.id, institutionId: institution.id, roomId });
    },
    { timeout: 60_000 },
  );
  return { created: true };
}
