import "server-only";
import { strToU8, zipSync, type Zippable } from "fflate";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { formatBeijingIso } from "@/lib/i18n/format";
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/server/auth/session";
import { fileStore } from "@/lib/server/storage/file-store";
import { notifyPerson } from "./notify-person";

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf" };

/**
 * Issue 11, PIPL art. 45 (查阅、复制): everything the portal holds about the signed-in candidate,
 * as `data.json` plus their own files (scans, photo, receipts), in one zip. The request is
 * audited and told to the person in their inbox.
 */
export async function exportMyData(actor: Actor): Promise<{ zip: Uint8Array; fileName: string }> {
  if (actor.kind !== "CANDIDATE" || !actor.candidateId) throw new AppError("FORBIDDEN", "errors.forbidden");
  const at = now();
  const [user, candidate, consents, notifications] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { login: true, displayName: true, mobile: true, email: true, createdAt: true },
    }),
    db.candidate.findUniqueOrThrow({
      where: { id: actor.candidateId },
      select: {
        name: true,
        idNumber: true,
        mobile: true,
        createdAt: true,
        applications: {
          orderBy: { createdAt: "asc" },
          select: {
            id: true,
            channel: true,
            status: true,
            education: true,
            graduatingThisYear: true,
            school: true,
            major: true,
            graduationYear: true,
            occupation: true,
            employer: true,
            address: true,
            educationProofCase: true,
            pledgeAcceptedAt: true,
            submittedAt: true,
            decidedAt: true,
            returnReasons: true,
            rejectReason: true,
            ticketNumber: true,
            seat: true,
            checkedInAt: true,
            score: true,
            absent: true,
            certificateNumber: true,
            certificateIssuedAt: true,
            createdAt: true,
            institution: { select: { name: true } },
            condition: { select: { code: true, text: true } },
            plan: { select: { batch: { select: { year: true, seq: true } }, project: { select: { name: true } } } },
            events: { orderBy: { at: "asc" }, select: { at: true, fromStatus: true, toStatus: true, note: true } },
            attachments: { select: { kind: true, fileId: true } },
          },
        },
      },
    }),
    db.consent.findMany({
      where: { userId: actor.id },
      orderBy: { givenAt: "asc" },
      select: { kind: true, noticeVersion: true, givenAt: true },
    }),
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: { createdAt: "asc" },
      select: { title: true, body: true, createdAt: true },
    }),
  ]);
  const applicationIds = candidate.applications.map((a) => a.id);
  const payments = await db.payment.findMany({
    where: { channel: "INDIVIDUAL", items: { some: { applicationId: { in: applicationIds } } } },
    select: {
      referenceCode: true,
      payerName: true,
      amountFen: true,
      transferDate: true,
      proxyNote: true,
      status: true,
      returnReason: true,
      receiptFileId: true,
      items: { select: { applicationId: true } },
    },
  });

  const files: Zippable = {};
  const put = async (path: string, fileId: string) => {
    const file = await fileStore.get(fileId);
    if (file) files[`${path}.${EXTENSIONS[file.mime] ?? "bin"}`] = file.bytes;
  };
  for (const application of candidate.applications)
    for (const attachment of application.attachments) await put(`files/${application.id}/${attachment.kind}`, attachment.fileId);
  for (const payment of payments)
    if (payment.receiptFileId) await put(`files/receipts/${payment.referenceCode}`, payment.receiptFileId);

  const data = {
    exportedAt: at.toISOString(),
    account: user,
    person: { name: candidate.name, idNumber: candidate.idNumber, mobile: candidate.mobile, createdAt: candidate.createdAt },
    applications: candidate.applications.map(({ attachments, ...a }) => ({ ...a, files: attachments.map((f) => f.kind) })),
    payments: payments.map(({ receiptFileId, items, ...p }) => ({
      ...p,
      applications: items.map((i) => i.applicationId),
      receipt: receiptFileId !== null,
    })),
    consents,
    notifications,
  };
  const zip = zipSync({ "data.json": strToU8(JSON.stringify(data, null, 2)), ...files }, { level: 6 });
  await db.$transaction(async (tx) => {
    await recordAudit(tx, { actorId: actor.id, action: "rights.export", entity: "Candidate", entityId: actor.candidateId });
    await notifyPerson(tx, actor.id, {
      title: "已导出您的个人信息",
      body: `您于 ${formatBeijingIso(at)}（北京时间）下载了本平台保存的您的个人信息副本。如非本人操作，请立即修改密码并联系省职鉴中心 028-86156861。`,
    });
  });
  return { zip, fileName: "我的个人信息.zip" };
}
