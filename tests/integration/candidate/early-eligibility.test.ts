import { beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { getApplication } from "@/lib/server/applications/get-application";
import { startApplication } from "@/lib/server/applications/start-application";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import { countUnread, markNotificationsRead } from "@/lib/server/notifications/list-notifications";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { ensureCatalog } from "../support/seed";
import { batchId, createCandidate, fillDraft } from "../support/factories";
import { OPEN, at, personal, refusalOf } from "./batch5-applicant";
import { freshBatch, planIn } from "../staff/review/factories";

// Issue 16 items 5 and 6, in batch 5 of 2025 (batch5-applicant.ts).

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await refusalOf(promise);
  if (!error) throw new Error("expected a refusal, got none");
  return error;
}

beforeAll(ensureCatalog);

describe("issue 16 item 5: eligibility at the step that can fix it, by the submit's rule", () => {
  it("the condition step refuses a 13-year-old with the reason, and saves nothing", async () => {
    const young = await createCandidate({ birth: "20111017" });
    const { applicationId } = await startApplication(young.actor, { batchId: await batchId(5), projectSeq: 1 }, OPEN);
    const error = await refusal(
      updateApplication(young.actor, applicationId, { step: "condition", conditionCode: "P01-C1" }, OPEN, at),
    );
    expect(error.code).toBe("INVALID");
    expect(error.message).toBe("earlyEligibility.refused");
    expect(error.fieldErrors.eligibility).toHaveLength(1);
    // The rule's reason as a key and its values (ADR 123): shown in the reader's language.
    expect(error.fieldErrors.eligibility?.[0]).toMatchObject({
      key: "ruleFailures.eligibility.tooYoung",
      params: { age: 13, min: 16 },
    });
    const row = await db.application.findUniqueOrThrow({
      where: { id: applicationId },
      select: { conditionId: true, draftStep: true },
    });
    expect(row).toEqual({ conditionId: null, draftStep: 0 });
  });

  it("高中 for a 大专 condition: refused at the personal step, and at the condition step once the education is known", async () => {
    const person = await createCandidate();
    // 大数据应用开发 (project 6): 大专 or above, graduates of this year count.
    const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 6 }, OPEN);
    await updateApplication(person.actor, applicationId, { step: "condition", conditionCode: "P06-C1" }, OPEN, at);
    const atPersonal = await refusal(
      updateApplication(
        person.actor,
        applicationId,
        { step: "personal", data: { ...personal, education: "UPPER_SECONDARY" } },
        OPEN,
        at,
      ),
    );
    expect(atPersonal.message).toBe("earlyEligibility.refused");
    expect(atPersonal.fieldErrors.eligibility?.map((f) => f.params?.min).join("")).toMatch(/juniorCollege/);
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).education).toBeNull();

    // A draft holding 高中 from another project's condition, switched to project 6's 大专 one.
    const other = await createCandidate();
    const draft = await startApplication(other.actor, { batchId: await batchId(5), projectSeq: 6 }, OPEN);
    await db.application.update({ where: { id: draft.applicationId }, data: { education: "UPPER_SECONDARY" } });
    const atCondition = await refusal(
      updateApplication(other.actor, draft.applicationId, { step: "condition", conditionCode: "P06-C1" }, OPEN, at),
    );
    expect(atCondition.message).toBe("earlyEligibility.refused");
    expect(atCondition.fieldErrors.eligibility?.map((f) => f.params?.min).join("")).toMatch(/juniorCollege/);
    expect((await db.application.findUniqueOrThrow({ where: { id: draft.applicationId } })).conditionId).toBeNull();
  });

  it("an adult with a degree passes both steps", async () => {
    const person = await createCandidate();
    const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 6 }, OPEN);
    await updateApplication(person.actor, applicationId, { step: "condition", conditionCode: "P06-C1" }, OPEN, at);
    await updateApplication(person.actor, applicationId, { step: "personal", data: personal }, OPEN, at);
    expect((await db.application.findUniqueOrThrow({ where: { id: applicationId } })).draftStep).toBe(2);
  });
});

describe("issue 16 item 6: 「已提交报名」 in the inbox, and the unread count", () => {
  it("a submit puts one message naming the project and batch in the candidate's inbox; a second submit adds none", async () => {
    const person = await createCandidate();
    const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 1 }, OPEN);
    await fillDraft(person.actor, applicationId);
    await giveUploadConsent(person.actor);
    expect(await countUnread(person.actor)).toBe(0);

    await submitApplication(person.actor, applicationId, OPEN, at);
    const again = await refusal(submitApplication(person.actor, applicationId, OPEN, at));
    expect(again.code).not.toBe("INTERNAL");

    const messages = await db.notification.findMany({
      where: { applicationId },
      select: { userId: true, title: true, body: true, readAt: true, createdAt: true },
    });
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message).toMatchObject({ userId: person.actor.id, title: "已提交报名", readAt: null, createdAt: at });
    const project = await db.project.findFirstOrThrow({ where: { seq: 1 }, select: { name: true } });
    expect(message?.body).toContain(`2025年第5批「${project.name}」`);
    expect(message?.body).toMatch(/\d{4}-\d{2}-\d{2}前完成资格审核/);
  });

  it("counts only the asker's unread messages, and none once read", async () => {
    const person = await createCandidate();
    const stranger = await createCandidate();
    await db.notification.createMany({
      data: [
        { userId: person.actor.id, title: "甲", body: "一" },
        { userId: person.actor.id, title: "乙", body: "二" },
        { userId: person.actor.id, title: "丙", body: "三", readAt: at },
        { userId: stranger.actor.id, title: "丁", body: "四" },
      ],
    });
    expect(await countUnread(person.actor)).toBe(2);
    expect(await countUnread(stranger.actor)).toBe(1);
    await markNotificationsRead(person.actor, "all", at);
    expect(await countUnread(person.actor)).toBe(0);
    expect(await countUnread(stranger.actor)).toBe(1);
  });
});

describe("issue 16 item 6: the application page's what-now line comes with the application", () => {
  it("ticket window open, plan not yet held: no ticket, and why; once held with a ticket: date, time and site", async () => {
    // A batch and plan of its own (batch 5's dates): the plan is OPEN, not yet decided.
    const batch = await freshBatch();
    const planId = await planIn(batch.id, 1);
    const person = await createCandidate();
    const condition = await db.condition.findFirstOrThrow({ where: { code: "P01-C1" }, select: { id: true } });
    const { id: applicationId } = await db.application.create({
      data: {
        planId,
        candidateId: person.candidateId,
        conditionId: condition.id,
        channel: "INDIVIDUAL",
        status: "PAYMENT_CONFIRMED",
        education: "BACHELOR",
        address: personal.address,
        educationProofCase: 1,
      },
      select: { id: true },
    });
    const inTicketWindow = "2025-06-10";
    const waiting = await getApplication(person.actor, applicationId, inTicketWindow);
    expect(waiting.whatNow).toEqual({ key: "paidPlanNotHeld", params: { exam: "2025-06-14" }, action: null });
    expect(waiting.resultBadge).toBeNull();

    await db.application.update({ where: { id: applicationId }, data: { ticketNumber: "25999900001" } });
    const ticketed = await getApplication(person.actor, applicationId, inTicketWindow);
    expect(ticketed.whatNow).toMatchObject({ key: "paidTicketReadyUnseated", params: { date: "2025-06-14", time: "none" } });
  });
});
