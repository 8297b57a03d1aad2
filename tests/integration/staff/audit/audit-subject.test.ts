import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { maskIdNumber } from "@/lib/domain/id-number";
import { auditQuerySchema } from "@/lib/schemas/staff-audit-schema";
import { searchAudit } from "@/lib/server/audit/search-audit";
import type { Actor } from "@/lib/server/auth/session";
import { confirmPayment } from "@/lib/server/payments/confirm-payment";
import { cancelPlan } from "@/lib/server/plans/cancel-plan";
import { decideApplication } from "@/lib/server/review/decide-application";
import { createStaff } from "@/tests/integration/support/factories";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { freshBatch, pendingPayment, planIn, submittedApplication } from "../review/factories";

// Issue 17 item 7 (ADR 085): an audit row says who did what to whom in words — the project, the
// batch and the candidate (masked) — stored with the row, so the log lists it without decrypting.

let auditor: Actor;
let batch: { id: string; seq: number };
let project: { seq: number; name: string; nameEn: string };

beforeAll(async () => {
  await ensureCatalog();
  auditor = await createStaff(["AUDITOR"]);
  const fresh = await freshBatch();
  batch = { id: fresh.id, seq: fresh.def.seq };
  project = await db.project.findUniqueOrThrow({ where: { seq: 1 }, select: { seq: true, name: true, nameEn: true } });
});

async function rowsFor(entityId: string) {
  return (await searchAudit(auditor, auditQuerySchema.parse({ entityId }))).rows;
}

describe("audit rows name project, batch and candidate (issue 17 item 7)", () => {
  it("确认收费 of one candidate's receipt: project, batch, masked candidate, reference code", async () => {
    const finance = await createStaff(["FINANCE"]);
    const app = await submittedApplication({
      batchId: batch.id,
      status: "PAYMENT_SUBMITTED",
      withFiles: false,
      name: "欧阳娜娜",
    });
    const payment = await pendingPayment({
      applicationIds: [app.id],
      planId: await planIn(batch.id, 1),
      submittedById: finance.id,
    });
    await confirmPayment(finance, payment.id, new Date("2025-05-27T02:00:00Z"));

    const [row] = await rowsFor(payment.id);
    expect(row?.action).toBe("payment.confirm");
    expect(row?.subject).toEqual({
      batch: { year: 2025, seq: batch.seq },
      project,
      candidate: { name: "欧**娜", idNumber: maskIdNumber(app.idNumber) },
      referenceCode: payment.referenceCode,
    });

    // Stored at write time: what the row says does not depend on the candidate row any more.
    await db.candidate.update({ where: { id: app.candidateId }, data: { name: "改名后" } });
    expect((await rowsFor(payment.id))[0]?.subject?.candidate?.name).toBe("欧**娜");
    const stored = await db.auditLog.findFirstOrThrow({ where: { entityId: payment.id }, select: { subject: true } });
    expect(JSON.stringify(stored.subject)).not.toContain(app.idNumber);
    expect(JSON.stringify(stored.subject)).not.toContain("欧阳娜娜");
  });

  it("an institution's receipt for several candidates counts them", async () => {
    const finance = await createStaff(["FINANCE"]);
    const institution = await db.institution.findFirstOrThrow({ select: { id: true, name: true } });
    const apps = [];
    for (let i = 0; i < 2; i++)
      apps.push(
        await submittedApplication({
          batchId: batch.id,
          status: "PAYMENT_SUBMITTED",
          withFiles: false,
          channel: "INSTITUTION",
          institutionId: institution.id,
        }),
      );
    const payment = await pendingPayment({
      applicationIds: apps.map((a) => a.id),
      planId: await planIn(batch.id, 1),
      submittedById: finance.id,
      channel: "INSTITUTION",
      institutionId: institution.id,
    });
    await confirmPayment(finance, payment.id, new Date("2025-05-27T02:00:00Z"));
    expect((await rowsFor(payment.id))[0]?.subject).toEqual({
      batch: { year: 2025, seq: batch.seq },
      project,
      candidates: 2,
      institution: institution.name,
      referenceCode: payment.referenceCode,
    });
  });

  it("a review decision names its candidate; a plan decision its project and batch", async () => {
    const reviewer = await createStaff(["REVIEWER"]);
    const app = await submittedApplication({ batchId: batch.id, name: "李四" });
    await decideApplication(reviewer, app.id, app.version, { kind: "approve" }, "2025-05-14", new Date("2025-05-14T02:00:00Z"));
    expect((await rowsFor(app.id)).find((r) => r.action === "review.approve")?.subject).toEqual({
      batch: { year: 2025, seq: batch.seq },
      project,
      candidate: { name: "李*", idNumber: maskIdNumber(app.idNumber) },
    });

    const officer = await createStaff(["EXAM_OFFICER"]);
    const plan = await planIn(batch.id, 3);
    await cancelPlan(officer, plan, { reason: "报名人数不足10人" });
    const third = await db.project.findUniqueOrThrow({ where: { seq: 3 }, select: { seq: true, name: true, nameEn: true } });
    expect((await rowsFor(plan))[0]?.subject).toEqual({ batch: { year: 2025, seq: batch.seq }, project: third });
  });
});
