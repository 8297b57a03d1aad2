import type { Tx } from "@/lib/db-client";
import { fromIsoDate } from "@/lib/dates";
import { withCheckDigit } from "@/lib/domain/id-number";
import { referenceCodeFor } from "@/lib/domain/payment";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { attachDemoFiles, demoPdf, storeDemoFile } from "./demo-files";
import { DEMO_FEE_FEN } from "./demo-settings";

interface DemoApplication {
  status: ApplicationStatus;
  batchSeq: number;
  projectSeq: number;
  /** The demo candidate account's own (individual channel), else another person's. */
  own: boolean;
  name?: string;
  institution?: boolean;
}

/** One application in every state of 四–九, placed in batches whose windows fit it at the demo moment (2025-05-08). */
const DEMO_APPLICATIONS: DemoApplication[] = [
  { status: "DRAFT", batchSeq: 5, projectSeq: 2, own: true },
  { status: "SUBMITTED", batchSeq: 5, projectSeq: 1, own: true },
  { status: "RETURNED", batchSeq: 5, projectSeq: 3, own: true },
  { status: "APPROVED", batchSeq: 4, projectSeq: 1, own: true },
  { status: "PAYMENT_CONFIRMED", batchSeq: 3, projectSeq: 1, own: true },
  { status: "SUBMITTED", batchSeq: 5, projectSeq: 4, own: false, name: "李华", institution: true },
  { status: "SUBMITTED", batchSeq: 5, projectSeq: 6, own: false, name: "张伟" },
  { status: "REJECTED", batchSeq: 4, projectSeq: 6, own: false, name: "刘洋", institution: true },
  { status: "LAPSED", batchSeq: 4, projectSeq: 2, own: false, name: "陈静", institution: true },
  { status: "PAYMENT_SUBMITTED", batchSeq: 4, projectSeq: 5, own: false, name: "杨帆" },
  { status: "FORFEITED", batchSeq: 3, projectSeq: 2, own: false, name: "赵磊", institution: true },
  { status: "CANCELLED", batchSeq: 2, projectSeq: 16, own: false, name: "黄丽" },
];

export async function seedDemoApplications(
  tx: Tx,
  ids: { candidateUserId: string; institutionId: string; roomId: string },
): Promise<void> {
  for (const [index, demo] of DEMO_APPLICATIONS.entries()) {
    const idNumber = demo.own ? undefined : withCheckDigit(`51010819${String(85 + index)}0315${String(100 + index)}`);
    const candidate = demo.own
      ? await tx.candidate.upsert({
          where: { userId: ids.candidateUserId },
          create: {
            idNumber: withCheckDigit("51010419900101123"),
            name: "王小明",
            mobile: "13800000001",
            userId: ids.candidateUserId,
          },
          update: {},
          select: { id: true },
        })
      : await tx.candidate.create({
          data: { idNumber: idNumber!, name: demo.name ?? "考生", mobile: `1390000${String(1000 + index)}` },
          select: { id: true },
        });
    const plan = await planFor(tx, demo.batchSeq, demo.projectSeq, demo.status);
    const submitted = demo.status !== "DRAFT";
    const institution = demo.institution ? ids.institutionId : null;
    const application = await tx.application.create({
      data: {
        planId: plan.id,
        candidateId: candidate.id,
        channel: institution ? "INSTITUTION" : "INDIVIDUAL",
        institutionId: institution,
        conditionId: plan.conditionId,
        status: demo.status,
        draftStep: submitted ? 6 : 2,
        education: "BACHELOR",
        school: "四川大学",
        major: "计算机科学与技术",
        graduationYear: 2012,
        address: "成都市武侯区人民南路三段17号",
        educationProofCase: 1,
        submittedAt: submitted ? new Date("2025-05-06T02:00:00Z") : null,
        pledgeAcceptedAt: submitted ? new Date("2025-05-06T02:00:00Z") : null,
        reviewDueDate: submitted ? fromIsoDate("2025-05-20") : null,
        returnReasons:
          demo.status === "RETURNED"
            ? { PHOTO: "照片背景不清晰，请上传白底近期免冠证件照。", address: "请填写详细到门牌号的通讯地址。" }
            : undefined,
        rejectReason: demo.status === "REJECTED" ? "学历不符合大专及以上要求。" : null,
        ...(demo.status === "PAYMENT_CONFIRMED"
          ? {
              ticketNumber: formatTicketNumber({ year: 2025, batchSeq: demo.batchSeq, projectSeq: demo.projectSeq, sequence: 1 }),
              roomId: ids.roomId,
              seat: 1,
              score: 86,
            }
          : {}),
        events: { create: { toStatus: demo.status, note: "演示数据", noteKey: "timelineNotes.demo" } },
      },
      select: { id: true },
    });
    if (submitted) await attachDemoFiles(tx, application.id, index);
    if (demo.status === "PAYMENT_SUBMITTED" || demo.status === "PAYMENT_CONFIRMED") {
      const receipt = await storeDemoFile(tx, demoPdf("bank receipt"), "application/pdf", "银行回单.pdf");
      await tx.payment.create({
        data: {
          channel: "INDIVIDUAL",
          planId: plan.id,
          referenceCode: referenceCodeFor(application.id, "GR"),
          receiptFileId: receipt,
          payerName: demo.name ?? "王小明",
          amountFen: DEMO_FEE_FEN,
          expectedAmountFen: DEMO_FEE_FEN,
          transferDate: fromIsoDate("2025-05-07"),
          submittedById: ids.candidateUserId,
          status: demo.status === "PAYMENT_CONFIRMED" ? "CONFIRMED" : "PENDING",
          items: { create: { applicationId: application.id } },
        },
      });
    }
  }
}

async function planFor(tx: Tx, batchSeq: number, projectSeq: number, status: ApplicationStatus) {
  const batch = await tx.batch.findUniqueOrThrow({ where: { year_seq: { year: 2025, seq: batchSeq } }, select: { id: true } });
  const project = await tx.project.findUniqueOrThrow({
    where: { seq: projectSeq },
    select: { id: true, conditions: { select: { id: true }, orderBy: { seq: "asc" }, take: 1 } },
  });
  const planState =
    status === "CANCELLED"
      ? { status: "CANCELLED" as const, statusReason: "报名人数不足10人，本批次不组织考核（演示）" }
      : status === "PAYMENT_CONFIRMED"
        ? { status: "HELD" as const, noticePublishedAt: new Date("2025-05-07T02:00:00Z") }
        : {};
  const plan = await tx.plan.upsert({
    where: { batchId_projectId: { batchId: batch.id, projectId: project.id } },
    create: { batchId: batch.id, projectId: project.id, ...planState },
    update: planState,
    select: { id: true },
  });
  return { id: plan.id, conditionId: project.conditions[0]?.id ?? null };
}
