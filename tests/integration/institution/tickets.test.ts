import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { institutionCollectionForm } from "@/lib/server/institution/results/collection-form";
import { listResults } from "@/lib/server/institution/results/list-results";
import { batchTicketsPdf, ticketOverview } from "@/lib/server/institution/tickets/batch-tickets";
import { ensureCatalog } from "../support/seed";
import { batchId, createInstitutionActor } from "../support/factories";
import { pdfInfo, pdfText, squash } from "../documents/pdf-tools";
import { registerThroughRoster } from "./support/people";
import { giveSessionToPlanOf } from "@/tests/integration/support/exam-session";

// Batch 5 of 2025 (三): tickets 6/9–6/13, exam 6/14 (Saturday).
const TICKET_DAY = "2025-06-10";
const BASE = "http://portal.test";
const NAMES = ["欧阳娜娜", "张伟", "李秀英", "王芳", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏", "徐强"];
let sequence = 9000;

async function confirmed(names: readonly string[]) {
  const actor = await createInstitutionActor();
  const people = await registerThroughRoster(actor, names, { project: "大数据清洗", condition: "" });
  for (const p of people) {
    sequence += 1;
    await db.application.update({
      where: { id: p.applicationId },
      data: {
        status: "PAYMENT_CONFIRMED",
        ticketNumber: formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 4, sequence }),
      },
    });
  }
  await giveSessionToPlanOf(people[0]!.applicationId);
  return { actor, people, planId: people[0]!.planId };
}

beforeAll(() => {
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  return ensureCatalog();
});

describe("六 batch tickets for an institution", () => {
  it("puts every confirmed candidate of the plan in one PDF, one page each, names readable", async () => {
    const { actor, people, planId } = await confirmed(NAMES);
    const { pdf, fileName } = await batchTicketsPdf(actor, planId, TICKET_DAY, BASE);
    expect(fileName).toContain("大数据清洗");
    const text = squash(pdfText(pdf));
    for (const name of NAMES) expect(text).toContain(name);
    // One page per ticketed candidate of this institution's plan: other files may ticket more people of it.
    const ticketed = await db.application.count({
      where: { planId, institutionId: actor.institutionId, status: "PAYMENT_CONFIRMED", ticketNumber: { not: null } },
    });
    expect(ticketed).toBeGreaterThanOrEqual(NAMES.length);
    expect(pdfInfo(pdf).pages).toBe(ticketed);
    for (const p of people) expect(text).not.toContain(p.idNumber);
  });

  it("shows the hand-out deadline, 2 working days before the exam, and refuses outside the window", async () => {
    const { actor, planId } = await confirmed(["郑一"]);
    const overview = await ticketOverview(actor, await batchId(5), TICKET_DAY);
    expect(overview).toMatchObject({ examDate: "2025-06-14", handoutDeadline: "2025-06-12", downloadable: true });
    expect(overview.plans.find((p) => p.planId === planId)?.tickets).toBeGreaterThanOrEqual(1);
    await expect(batchTicketsPdf(actor, planId, "2025-06-08", BASE)).rejects.toMatchObject({ code: "WINDOW_CLOSED" });
    await expect(batchTicketsPdf(actor, planId, "2025-06-15", BASE)).rejects.toMatchObject({ code: "WINDOW_CLOSED" });
  });
});

describe("八 九 results and the certificate collection form", () => {
  it("lists passed candidates only once the notice is published, and prints the 证书登记表", async () => {
    const { actor, people, planId } = await confirmed(["钱多", "孙少", "李缺"]);
    await db.application.update({
      where: { id: people[0]!.applicationId },
      data: { score: 88, certificateNumber: "Z2505040001" },
    });
    await db.application.update({ where: { id: people[1]!.applicationId }, data: { score: 59 } });
    await db.application.update({ where: { id: people[2]!.applicationId }, data: { score: 95, absent: false } });
    const batch5 = await batchId(5);
    expect((await listResults(actor, batch5)).plans.find((p) => p.planId === planId)).toBeUndefined();
    await db.plan.update({ where: { id: planId }, data: { noticePublishedAt: new Date("2025-06-24T02:00:00Z") } });
    const plan = (await listResults(actor, batch5)).plans.find((p) => p.planId === planId)!;
    expect(
      plan.passed
        .map((p) => p.name)
        .filter((n) => ["钱多", "孙少", "李缺"].includes(n))
        .sort(),
    ).toEqual(["李缺", "钱多"]);
    const { pdf } = await institutionCollectionForm(actor, planId);
    const text = squash(pdfText(pdf));
    expect(text).toContain("钱多");
    expect(text).toContain("Z2505040001");
    expect(text).not.toContain("孙少");
  });
});
