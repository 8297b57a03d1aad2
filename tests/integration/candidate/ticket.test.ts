import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOwnTicketPdf } from "@/lib/server/tickets/get-own-ticket";
import { LOOKUP_LIMITS, lookupTicket } from "@/lib/server/tickets/lookup-ticket";
import { ensureCatalog } from "../support/seed";
import { createApplication, createCandidate } from "../support/factories";
import { giveSessionToPlanOf } from "../support/exam-session";
import { getApplication } from "@/lib/server/applications/get-application";
import { givePlanSession } from "../support/exam-session";
import { createSite } from "../staff/exam/factories";

// Batch 4 of 2025 (三): ticket printing 5/19–5/23, exam 5/24.
const TICKET_DAY = "2025-05-20";
const BASE = "http://portal.test";
let serial = 0;

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ticket-"));
  const file = path.join(dir, "t.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"]).toString("utf8");
}

async function confirmedWithTicket(name = "李华") {
  const person = await createCandidate({ name });
  const id = await createApplication({ candidateId: person.candidateId, batchSeq: 4, status: "PAYMENT_CONFIRMED" });
  serial += 1;
  const ticketNumber = `25040100${String(serial).padStart(2, "0")}`;
  await db.application.update({ where: { id }, data: { ticketNumber } });
  await giveSessionToPlanOf(id);
  return { person, id, ticketNumber };
}

beforeAll(() => {
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  return ensureCatalog();
});

describe("六: the candidate's own ticket", () => {
  it("is an A4 PDF with the name, ticket number and masked ID, never the full ID", async () => {
    const { person, id, ticketNumber } = await confirmedWithTicket("王小明");
    const { pdf } = await getOwnTicketPdf(person.actor, id, TICKET_DAY, BASE);
    const text = pdfText(pdf);
    expect(text).toContain("王小明");
    expect(text.replace(/\s/g, "")).toContain(ticketNumber);
    expect(text).not.toContain(person.idNumber);
  });

  it("is refused outside the ticket window, before confirmation, and to others", async () => {
    const { person, id } = await confirmedWithTicket();
    await expect(getOwnTicketPdf(person.actor, id, "2025-05-18", BASE)).rejects.toMatchObject({ code: "WINDOW_CLOSED" });
    const stranger = await createCandidate();
    await expect(getOwnTicketPdf(stranger.actor, id, TICKET_DAY, BASE)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const unpaid = await createApplication({ candidateId: person.candidateId, batchSeq: 4, projectSeq: 2, status: "APPROVED" });
    await expect(getOwnTicketPdf(person.actor, unpaid, TICKET_DAY, BASE)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("七: the ticket names the exam time of the candidate's session (issue 12 item 5)", () => {
  it("is refused without a session, then prints the plan's time, and a room's own time for those seated there", async () => {
    const person = await createCandidate({ name: "时间考生" });
    const id = await createApplication({
      candidateId: person.candidateId,
      batchSeq: 4,
      projectSeq: 17,
      status: "PAYMENT_CONFIRMED",
    });
    serial += 1;
    await db.application.update({ where: { id }, data: { ticketNumber: `25041700${String(serial).padStart(2, "0")}` } });
    const { planId } = await db.application.findUniqueOrThrow({ where: { id }, select: { planId: true } });
    await db.examSession.deleteMany({ where: { planId } });

    await expect(getOwnTicketPdf(person.actor, id, TICKET_DAY, BASE)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "examDay.errors.ticketWithoutSession",
    });
    expect((await getApplication(person.actor, id, TICKET_DAY)).examTime).toBeNull();

    await givePlanSession(planId, { start: "13:30", end: "15:30" });
    let text = pdfText((await getOwnTicketPdf(person.actor, id, TICKET_DAY, BASE)).pdf);
    expect(text).toContain("13:30—15:30");
    expect(text).not.toContain("以考点通知为准");
    expect((await getApplication(person.actor, id, TICKET_DAY)).examTime).toBe("13:30—15:30");

    const { roomIds } = await createSite([{ name: "时间考场", capacity: 30 }]);
    await db.application.update({ where: { id }, data: { roomId: roomIds[0]!, seat: 1 } });
    await givePlanSession(planId, { start: "08:30", end: "10:00", roomId: roomIds[0]! });
    text = pdfText((await getOwnTicketPdf(person.actor, id, TICKET_DAY, BASE)).pdf);
    expect(text).toContain("08:30—10:00");
    expect((await getApplication(person.actor, id, TICKET_DAY)).examTime).toBe("08:30—10:00");
  });
});

describe("六: public lookup by ID number and name", () => {
  it("finds the ticket with both right", async () => {
    const { person } = await confirmedWithTicket("张伟");
    const { pdf } = await lookupTicket(person.idNumber, "张伟", "10.0.0.1", new Date(), TICKET_DAY, BASE);
    expect(pdfText(pdf)).toContain("张伟");
  });

  it("answers a wrong ID and a wrong name identically", async () => {
    const { person } = await confirmedWithTicket("刘洋");
    const other = await createCandidate();
    const wrongName = await lookupTicket(person.idNumber, "刘阳", "10.0.0.2", new Date(), TICKET_DAY, BASE).catch(
      (e: unknown) => e,
    );
    const wrongId = await lookupTicket(other.idNumber, "刘洋", "10.0.0.3", new Date(), TICKET_DAY, BASE).catch((e: unknown) => e);
    expect(wrongName).toMatchObject({ code: "NOT_FOUND", message: "errors.ticket.lookupFailed" });
    expect(wrongId).toMatchObject({ code: "NOT_FOUND", message: "errors.ticket.lookupFailed" });
  });

  it(`stops after ${LOOKUP_LIMITS.idNumber} tries for one ID number, whatever the IP`, async () => {
    const { person } = await confirmedWithTicket("陈静");
    const at = new Date();
    const outcomes = [];
    for (let i = 0; i < LOOKUP_LIMITS.idNumber + 2; i += 1) {
      outcomes.push(
        await lookupTicket(person.idNumber, "错名", `10.1.0.${i}`, at, TICKET_DAY, BASE).catch((e: { code: string }) => e.code),
      );
    }
    expect(outcomes.slice(0, LOOKUP_LIMITS.idNumber)).toEqual(Array(LOOKUP_LIMITS.idNumber).fill("NOT_FOUND"));
    expect(outcomes.slice(LOOKUP_LIMITS.idNumber)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    // The right name is refused too until the window passes: the limit counts tries, not failures.
    await expect(lookupTicket(person.idNumber, "陈静", "10.1.1.1", at, TICKET_DAY, BASE)).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });
});
