import { db } from "@/lib/db";
import { submitPayment } from "@/lib/server/payments/submit-payment";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { FEE_PROJECT, TODAY, applicantOf, eventCounts, pick, tolerate, type CrashOperation } from "./shared";

let receipt: Promise<Uint8Array> | undefined;

const pay: CrashOperation = {
  prepare: async (tag, count) => {
    await db.project.update({ where: { seq: FEE_PROJECT }, data: { feeFen: 15_000 } });
    await (await import("./prepare")).applications(tag, count, { batchSeq: 4, projectSeq: FEE_PROJECT, status: "APPROVED" });
  },
  step: async (tag) => {
    receipt ??= makeJpeg({ targetBytes: sizeKb(120), seed: 9 });
    const id = pick(await db.application.findMany({ where: { school: tag, status: "APPROVED" }, select: { id: true } }));
    if (!id) return false;
    const input = { payerName: "王小明", amount: 15_000, transferDate: TODAY, proxyNote: undefined };
    await tolerate(async () =>
      submitPayment(await applicantOf(id), id, input, { bytes: await receipt!, name: `${tag}-回单.jpg` }, TODAY),
    );
    return true;
  },
  check: async (tag) => {
    const problems: string[] = [];
    const apps = await db.application.findMany({ where: { school: tag }, select: { id: true, status: true } });
    const ids = apps.map((a) => a.id);
    const events = await eventCounts(ids, "PAYMENT_SUBMITTED");
    const items = await db.paymentItem.findMany({
      where: { applicationId: { in: ids } },
      select: { applicationId: true, payment: { select: { status: true, receiptFileId: true } } },
    });
    const receiptIds = items.flatMap((i) => (i.payment.receiptFileId ? [i.payment.receiptFileId] : []));
    const present = new Set(
      (await db.storedFile.findMany({ where: { id: { in: receiptIds } }, select: { id: true } })).map((f) => f.id),
    );
    for (const app of apps) {
      const mine = items.filter((i) => i.applicationId === app.id);
      const count = events.get(app.id) ?? 0;
      if (app.status === "PAYMENT_SUBMITTED") {
        const receipt = mine[0]?.payment.receiptFileId;
        if (mine.length !== 1 || mine[0]?.payment.status !== "PENDING" || !receipt || !present.has(receipt) || count !== 1) {
          problems.push(
            `${app.id}: paid with ${mine.length} payments, receipt ${receipt && present.has(receipt) ? "present" : "missing"}, ${count} events`,
          );
        }
      } else if (app.status !== "APPROVED" || mine.length !== 0 || count !== 0) {
        problems.push(`${app.id}: ${app.status} with ${mine.length} payments, ${count} events`);
      }
    }
    const paid = apps.filter((a) => a.status === "PAYMENT_SUBMITTED").length;
    const receipts = await db.storedFile.count({ where: { originalName: `${tag}-回单.jpg` } });
    if (receipts !== paid) problems.push(`${receipts} receipt files for ${paid} payments (orphans)`);
    return problems;
  },
  finish: async (tag) => {
    while (await pay.step(tag));
  },
};

export default pay;
