import { fileURLToPath } from "node:url";
import type { Db, Tx } from "@/lib/db-client";
import { fromIsoDate } from "@/lib/dates";
import { withCheckDigit } from "@/lib/domain/id-number";
import { referenceCodeFor } from "@/lib/domain/payment";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { otpauthUri, totpCode } from "@/lib/server/auth/totp";
import { attachDemoFiles, demoPhoto, storeDemoFile } from "./demo-files";
import { DEMO_FEE_FEN } from "./demo-settings";

/**
 * Demo data of the staff side (issue 5), run after seedDemo:
 * - the demo staff accounts get a TOTP second factor with one published secret, so the demo and
 *   the e2e tests can compute codes (ADR 011); production has no demo accounts;
 * - review queue: four more submissions in batch 5 (review 5/13–5/23; at 2025-05-08 decisions
 *   are open), one needing evidence, one resubmitted after a return;
 * - payments: three receipts waiting in batch 4 (payment window 5/7–5/9), one an institution's
 *   bulk transfer, one paid by someone else with the proxy note of 五(二).
 * Idempotent: each part is skipped when its first row exists.
 */

/** Base32 of "sichuan-demo-totp!!!": anyone may know it; only demo accounts use it. */
export const DEMO_TOTP_SECRET = "ONUWG2DVMFXC2ZDFNVXS25DPORYCCIJB";
export const DEMO_STAFF_LOGINS = ["reviewer", "finance", "officer", "auditor"] as const;
/** The demo institution account has the same second factor (issue 10: institution users enroll like staff). */
export const DEMO_INSTITUTION_LOGIN = "inst-dsj";

/** The 6 digits an authenticator holding DEMO_TOTP_SECRET shows now (real time, not the demo clock). */
export function demoTotpCode(at = new Date()): string {
  return totpCode(DEMO_TOTP_SECRET, at);
}

const REVIEW_DEMO = [
  { name: "何平", projectSeq: 1, conditionSeq: 1 },
  { name: "许晴", projectSeq: 2, conditionSeq: 1 },
  { name: "邓超", projectSeq: 19, conditionSeq: 2 },
  { name: "唐婉", projectSeq: 3, conditionSeq: 1, resubmitted: true },
] as const;

const PAYMENT_DEMO = [
  { payer: "宋佳", people: ["宋佳"], institution: false, proxy: null },
  { payer: "四川省大数据产业联合会", people: ["马腾", "罗琳", "田野"], institution: true, proxy: null },
  {
    payer: "冯军",
    people: ["冯小雨"],
    institution: false,
    proxy:
      "该笔费用由冯军（代缴人姓名）代冯小雨（考生姓名）缴纳2025年5月24日考试日期大数据运行平台搭建考试项目的费用，金额为150元。",
  },
] as const;

export const DEMO_REVIEW_NAMES = REVIEW_DEMO.map((r) => r.name);
export const DEMO_PAYERS = PAYMENT_DEMO.map((p) => p.payer);

/** 510107 (成都武侯), born 1992-03-(10+n), sequence 300+n: valid and unlike other demo people. */
const firstId = (n: number) => withCheckDigit(`510107199203${String(10 + n)}${String(300 + n)}`);

/** The demo staff and institution accounts' second factor (DEMO_TOTP_SECRET); leaves an existing one alone. */
export async function enrollDemoStaff(db: Db): Promise<void> {
  const logins = [...DEMO_STAFF_LOGINS, DEMO_INSTITUTION_LOGIN];
  const staff = await db.user.findMany({ where: { login: { in: logins } }, select: { id: true } });
  for (const user of staff) {
    await db.staffSecondFactor.upsert({
      where: { userId: user.id },
      create: { userId: user.id, totpSecret: DEMO_TOTP_SECRET, recoveryCodes: [], enabledAt: new Date() },
      update: {},
    });
  }
}

export async function seedDemoStaff(db: Db): Promise<{ created: boolean }> {
  await enrollDemoStaff(db);
  if (await db.candidate.findUnique({ where: { idNumber: firstId(1) }, select: { id: true } })) return { created: false };
  const institution = await db.institution.findUniqueOrThrow({ where: { name: "四川省大数据产业联合会" }, select: { id: true } });
  const submitter = await db.user.findUniqueOrThrow({ where: { login: "inst-dsj" }, select: { id: true } });
  await db.$transaction(
    async (tx) => {
      let n = 1;
      for (const demo of REVIEW_DEMO) {
        const id = await demoApplication(tx, {
          n: n++,
          name: demo.name,
          batchSeq: 5,
          projectSeq: demo.projectSeq,
          conditionSeq: demo.conditionSeq,
          status: "SUBMITTED",
        });
        if ("resubmitted" in demo) await markResubmitted(tx, id);
      }
      for (const demo of PAYMENT_DEMO) {
        const ids: string[] = [];
        for (const person of demo.people) {
          ids.push(
            await demoApplication(tx, {
              n: n++,
              name: person,
              batchSeq: 4,
              projectSeq: 1,
              conditionSeq: 1,
              status: "PAYMENT_SUBMITTED",
              institutionId: demo.institution ? institution.id : null,
            }),
          );
        }
        const plan = await tx.application.findUniqueOrThrow({ where: { id: ids[0]! }, select: { planId: true } });
        const receipt = await storeDemoFile(tx, await demoPhoto(n), "image/jpeg", "银行回单.jpg");
        const paymentId = crypto.randomUUID();
        await tx.payment.create({
          data: {
            id: paymentId,
            channel: demo.institution ? "INSTITUTION" : "INDIVIDUAL",
            planId: plan.planId,
            institutionId: demo.institution ? institution.id : null,
            referenceCode: referenceCodeFor(paymentId, demo.institution ? "JG" : "GR"),
            receiptFileId: receipt,
            payerName: demo.payer,
            amountFen: DEMO_FEE_FEN * ids.length,
            expectedAmountFen: DEMO_FEE_FEN * ids.length,
            transferDate: fromIsoDate("2025-05-08"),
            proxyNote: demo.proxy,
            examDateNote: demo.institution ? fromIsoDate("2025-05-24") : null,
            headCount: ids.length,
            submittedById: submitter.id,
            items: { create: ids.map((applicationId) => ({ applicationId })) },
          },
        });
      }
    },
    { timeout: 60_000 },
  );
  return { created: true };
}

async function demoApplication(
  tx: Tx,
  o: {
    n: number;
    name: string;
    batchSeq: number;
    projectSeq: number;
    conditionSeq: number;
    status: ApplicationStatus;
    institutionId?: string | null;
  },
): Promise<string> {
  const candidate = await tx.candidate.create({
    data: { idNumber: firstId(o.n), name: o.name, mobile: `1370000${String(1000 + o.n)}` },
    select: { id: true },
  });
  const batch = await tx.batch.findUniqueOrThrow({ where: { year_seq: { year: 2025, seq: o.batchSeq } }, select: { id: true } });
  const project = await tx.project.findUniqueOrThrow({ where: { seq: o.projectSeq }, select: { id: true } });
  const condition = await tx.condition.findFirstOrThrow({
    where: { projectId: project.id, seq: o.conditionSeq },
    select: { id: true },
  });
  const plan = await tx.plan.upsert({
    where: { batchId_projectId: { batchId: batch.id, projectId: project.id } },
    create: { batchId: batch.id, projectId: project.id },
    update: {},
    select: { id: true },
  });
  const app = await tx.application.create({
    data: {
      planId: plan.id,
      candidateId: candidate.id,
      channel: o.institutionId ? "INSTITUTION" : "INDIVIDUAL",
      institutionId: o.institutionId ?? null,
      conditionId: condition.id,
      status: o.status,
      version: 1,
      draftStep: 6,
      education: "BACHELOR",
      school: "西南交通大学",
      major: o.projectSeq === 19 ? "应用心理学" : "软件工程",
      graduationYear: 2014,
      occupation: o.projectSeq === 19 ? "心理咨询师" : null,
      employer: o.projectSeq === 19 ? "成都市某社区卫生服务中心" : null,
      address: "成都市高新区天府大道北段1700号",
      educationProofCase: 1,
      submittedAt: new Date("2025-05-07T02:00:00Z"),
      pledgeAcceptedAt: new Date("2025-05-07T02:00:00Z"),
      reviewDueDate: fromIsoDate(o.n % 2 === 0 ? "2025-05-21" : "2025-05-09"),
      events: { create: { toStatus: o.status, note: "演示数据", noteKey: "timelineNotes.demo" } },
    },
    select: { id: true },
  });
  await attachDemoFiles(tx, app.id, o.n + 20);
  return app.id;
}

/** As if it had been returned for its address and photo, and the candidate fixed the address. */
async function markResubmitted(tx: Tx, applicationId: string): Promise<void> {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { attachments: { select: { kind: true, fileId: true } }, condition: { select: { code: true } } },
  });
  const files = Object.fromEntries(app.attachments.map((a) => [a.kind, a.fileId]));
  const fields = {
    condition: app.condition?.code ?? null,
    education: "BACHELOR",
    school: "西南交通大学",
    major: "软件工程",
    graduationYear: "2014",
    occupation: null,
    employer: null,
    address: "成都市高新区",
    educationProofCase: "1",
  };
  await tx.application.update({
    where: { id: applicationId },
    data: {
      version: 3,
      returnReasons: { address: "通讯地址请写到门牌号。", PHOTO: "请上传近期白底免冠照片。" },
      returnedSnapshot: { fields, files, at: "2025-05-07T08:00:00.000Z" },
      events: {
        create: [
          {
            fromStatus: "SUBMITTED",
            toStatus: "RETURNED",
            note: "退回修改：通讯地址：通讯地址请写到门牌号。（演示）",
            noteKey: "timelineNotes.returned",
            noteParams: { detail: "通讯地址：通讯地址请写到门牌号。（演示）" },
          },
          {
            fromStatus: "RETURNED",
            toStatus: "SUBMITTED",
            note: "演示：修改后重新提交",
            noteKey: "timelineNotes.demoResubmitted",
          },
        ],
      },
    },
  });
}

/** `npx tsx prisma/seed/demo-staff.ts` prints the demo staff's current code (for people without an authenticator app). */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`演示工作人员动态验证码 demo TOTP code: ${demoTotpCode()}（30秒内有效 valid 30 s）`);
  console.log(`密钥 secret: ${DEMO_TOTP_SECRET}\n${otpauthUri(DEMO_TOTP_SECRET, "demo-staff")}`);
}
