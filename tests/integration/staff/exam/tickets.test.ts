import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatTicketNumber, parseTicketNumber } from "@/lib/domain/ticket-number";
import { issueTicketsIfHeld } from "@/lib/server/exam/issue-tickets";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan } from "./factories";

beforeAll(ensureCatalog);

/** What a payment confirmation does (the payments area): status change, then tickets, in one transaction. */
async function confirm(applicationId: string) {
  return db.$transaction(async (tx) => {
    await tx.application.update({ where: { id: applicationId }, data: { status: "PAYMENT_CONFIRMED" } });
    return issueTicketsIfHeld(tx, [applicationId]);
  });
}

describe("六 准考证号: issued on confirmation in a held plan, unique, without gaps", () => {
  it("canary: without the plan lock, parallel allocations collide (the test can see the race)", async () => {
    const batch = await createBatch("2032-02-21");
    const plan = await createPlan(batch, 9, "HELD");
    const apps = await createApplications(plan, 8, { photo: false });
    // The naive allocation: read the highest sequence, then write the next one. Every
    // transaction reads before any writes (a barrier, not a pause: a pause would leave the
    // overlap to the machine's speed, issue 15).
    let read = 0;
    let allRead!: () => void;
    const everyoneHasRead = new Promise<void>((resolve) => (allRead = resolve));
    const naive = (id: string) =>
      db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<{ last: number | null }[]>`
          SELECT max(substring("ticketNumber" from 7 for 4)::int) AS last FROM "Application" WHERE "planId" = ${plan}::uuid`;
        if (++read === apps.length) allRead();
        await everyoneHasRead;
        const ticketNumber = formatTicketNumber({
          year: batch.year,
          batchSeq: batch.seq,
          projectSeq: 9,
          sequence: (rows[0]?.last ?? 0) + 1,
        });
        await tx.application.update({ where: { id }, data: { ticketNumber } });
      });
    const results = await Promise.allSettled(apps.map((a) => naive(a.id)));
    expect(results.filter((r) => r.status === "rejected").length).toBeGreaterThan(0);
  });

  it("20 payments confirmed at the same moment get 0001..0020, each once", async () => {
    const batch = await createBatch("2032-03-20");
    const plan = await createPlan(batch, 10, "HELD");
    const apps = await createApplications(plan, 20, { status: "PAYMENT_SUBMITTED", photo: false });
    const results = await Promise.all(apps.map((a) => confirm(a.id)));
    expect(results.every((r) => r.length === 1)).toBe(true);
    const numbers = (await db.application.findMany({ where: { planId: plan }, select: { ticketNumber: true } })).map(
      (a) => a.ticketNumber!,
    );
    expect(new Set(numbers).size).toBe(20);
    const sequences = numbers.map((n) => {
      const parsed = parseTicketNumber(n);
      if (!parsed.ok) throw new Error(`bad ticket number ${n}`);
      expect(parsed.value).toMatchObject({ year: batch.year, batchSeq: batch.seq, projectSeq: 10 });
      return parsed.value.sequence;
    });
    expect(sequences.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("skips what is not due: plan not held, not confirmed, already ticketed; a second call changes nothing", async () => {
    const batch = await createBatch("2032-04-17");
    const open = await createPlan(batch, 11);
    const held = await createPlan(batch, 12, "HELD");
    const [inOpen] = await createApplications(open, 1, { photo: false });
    const [approved] = await createApplications(held, 1, { status: "APPROVED", photo: false });
    const [due] = await createApplications(held, 1, { photo: false });
    const ids = [inOpen!.id, approved!.id, due!.id];
    const first = await db.$transaction((tx) => issueTicketsIfHeld(tx, ids));
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ applicationId: due!.id });
    expect(await db.$transaction((tx) => issueTicketsIfHeld(tx, ids))).toEqual([]);
    expect(await db.$transaction((tx) => issueTicketsIfHeld(tx, []))).toEqual([]);
    const events = await db.applicationEvent.count({ where: { applicationId: due!.id, note: { contains: "准考证号" } } });
    expect(events).toBe(1);
  });

  it("the database refuses a duplicate ticket number whatever the code does", async () => {
    const batch = await createBatch("2032-05-15");
    const plan = await createPlan(batch, 13, "HELD");
    const [a, b] = await createApplications(plan, 2, { photo: false });
    const number = formatTicketNumber({ year: batch.year, batchSeq: batch.seq, projectSeq: 13, sequence: 1 });
    await db.application.update({ where: { id: a!.id }, data: { ticketNumber: number } });
    await expect(db.application.update({ where: { id: b!.id }, data: { ticketNumber: number } })).rejects.toMatchObject({
      code: "P2002",
    });
  });
});
