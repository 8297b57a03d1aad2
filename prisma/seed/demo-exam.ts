import type { Db, Tx } from "@/lib/db-client";
import { withCheckDigit } from "@/lib/domain/id-number";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import type { ApplicationStatus, PlanStatus } from "@/lib/generated/prisma/enums";
import { demoPhoto, storeDemoFile } from "./demo-files";

/**
 * Demo data for the exam area (issue 5), at the demo moment 2025-05-08 (三):
 * - batch 4 (exam 5/24, payment open) 分布式数据库管理: 11 paid and 2 approved, plan still
 *   OPEN: the officer decides to hold it, then seats the candidates (七);
 * - batch 4 人工智能文本分析: 4 approved only, red against the minimum of 10 (四);
 * - batch 3 (exam 4/26, done) 人工智能图像识别: held, 12 tickets and seats: the officer imports
 *   the results and publishes the notice (八; the 5th working day after 4/26 is before 5/8).
 * Idempotent: skipped when its first candidate exists.
 */

const NAMES = [
  "孙悦",
  "周敏",
  "吴刚",
  "郑洁",
  "王磊",
  "冯雪",
  "陈晨",
  "褚明",
  "卫东",
  "蒋琳",
  "沈涛",
  "韩梅",
  "杨洋",
  "朱丽",
  "秦岭",
  "尤佳",
  "许诺",
  "何静",
  "吕方",
  "施展",
  "张弛",
  "孔亮",
  "曹操",
  "严华",
  "华莹",
  "金鑫",
  "魏然",
  "陶然",
  "姜楠",
];

interface DemoPlan {
  batchSeq: number;
  projectSeq: number;
  status: PlanStatus;
  people: { status: ApplicationStatus; institution: boolean }[];
  /** Tickets 0001.. and seats 1.. in the demo room, as a held plan would have them. */
  ticketed?: boolean;
}

const repeat = (n: number, status: ApplicationStatus, institution = false) =>
  Array.from({ length: n }, () => ({ status, institution }));

export const DEMO_EXAM_PLANS: DemoPlan[] = [
  {
    batchSeq: 4,
    projectSeq: 7,
    status: "OPEN",
    people: [...repeat(7, "PAYMENT_CONFIRMED"), ...repeat(4, "PAYMENT_CONFIRMED", true), ...repeat(2, "APPROVED")],
  },
  { batchSeq: 4, projectSeq: 9, status: "OPEN", people: repeat(4, "APPROVED") },
  {
    batchSeq: 3,
    projectSeq: 8,
    status: "HELD",
    people: [...repeat(9, "PAYMENT_CONFIRMED"), ...repeat(3, "PAYMENT_CONFIRMED", true)],
    ticketed: true,
  },
];

const FIRST_ID = withCheckDigit("51010619900501201");

export async function seedDemoExam(db: Db): Promise<{ created: boolean }> {
  if (await db.candidate.findUnique({ where: { idNumber: FIRST_ID }, select: { id: true } })) return { created: false };
  await db.$transaction(
    async (tx) => {
      await seedPlans(tx);
      await seedDemoSessions(tx);
    },
    { timeout: 60_000 },
  );
  return { created: true };
}

/**
 * 七: every demo plan that is not cancelled gets the plan-wide session 09:00—11:00, so the demo
 * journey holds plans and prints tickets that name the exam time (the officer changes it on the
 * plan page).
 */
export async function seedDemoSessions(tx: Tx): Promise<void> {
  const plans = await tx.plan.findMany({
    where: { status: { not: "CANCELLED" }, examSessions: { none: { roomId: null } } },
    select: { id: true },
  });
  await tx.examSession.createMany({
    data: plans.map((p) => ({ planId: p.id, roomId: null, startTime: "09:00", endTime: "11:00", updatedAt: new Date() })),
  });
}

async function seedPlans(tx: Tx): Promise<void> {
  const institution = await tx.institution.findUniqueOrThrow({ where: { name: "四川省大数据产业联合会" }, select: { id: true } });
  const room = await tx.room.findFirst({
    where: { site: { name: "省职鉴中心省直考点" } },
    orderBy: { name: "asc" },
    select: { id: true },
  });
  let n = 0;
  for (const demo of DEMO_EXAM_PLANS) {
    const batch = await tx.batch.findUniqueOrThrow({
      where: { year_seq: { year: 2025, seq: demo.batchSeq } },
      select: { id: true },
    });
    const project = await tx.project.findUniqueOrThrow({
      where: { seq: demo.projectSeq },
      select: { id: true, conditions: { select: { id: true }, orderBy: { seq: "asc" }, take: 1 } },
    });
    const plan = await tx.plan.upsert({
      where: { batchId_projectId: { batchId: batch.id, projectId: project.id } },
      create: { batchId: batch.id, projectId: project.id, status: demo.status },
      update: { status: demo.status },
      select: { id: true },
    });
    for (const [i, person] of demo.people.entries()) {
      const idNumber =
        n === 0
          ? FIRST_ID
          : withCheckDigit(`5101061990${String((n % 9) + 1).padStart(2, "0")}${String(10 + (n % 18))}${String(200 + n)}`);
      const name = NAMES[n % NAMES.length]!;
      n++;
      const candidate = await tx.candidate.create({
        data: { idNumber, name, mobile: `1370000${String(1000 + n)}` },
        select: { id: true },
      });
      const seat = demo.ticketed ? i + 1 : null;
      const app = await tx.application.create({
        data: {
          planId: plan.id,
          candidateId: candidate.id,
          channel: person.institution ? "INSTITUTION" : "INDIVIDUAL",
          institutionId: person.institution ? institution.id : null,
          conditionId: project.conditions[0]?.id ?? null,
          status: person.status,
          draftStep: 6,
          education: "BACHELOR",
          school: "电子科技大学",
          address: "成都市高新区西源大道2006号",
          educationProofCase: 1,
          submittedAt: new Date("2025-04-10T02:00:00Z"),
          pledgeAcceptedAt: new Date("2025-04-10T02:00:00Z"),
          ...(seat
            ? {
                ticketNumber: formatTicketNumber({
                  year: 2025,
                  batchSeq: demo.batchSeq,
                  projectSeq: demo.projectSeq,
                  sequence: seat,
                }),
                roomId: room?.id ?? null,
                seat: room ? seat : null,
              }
            : {}),
          events: { create: { toStatus: person.status, note: "演示数据（考务）", noteKey: "timelineNotes.demoExam" } },
        },
        select: { id: true },
      });
      const photo = await storeDemoFile(tx, await demoPhoto(n), "image/jpeg", "照片.jpg");
      await tx.attachment.create({ data: { applicationId: app.id, kind: "PHOTO", fileId: photo } });
    }
  }
}
