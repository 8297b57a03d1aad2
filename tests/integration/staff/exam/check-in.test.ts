import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkIn, getCheckInPhoto, lookupForCheckIn } from "@/lib/server/exam/check-in";
import { verifyTicketToken } from "@/lib/server/exam/verify-ticket";
import { signToken } from "@/lib/server/tokens/signed-token";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan, officer, reviewer } from "./factories";

const SECRET = "integration-test-secret-0123456789";
beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  await ensureCatalog();
});

async function ticketed(examDate: string) {
  const batch = await createBatch(examDate);
  const plan = await createPlan(batch, 14, "HELD");
  const [app] = await createApplications(plan, 1, { names: ["欧阳娜娜"] });
  const ticketNumber = formatTicketNumber({ year: batch.year, batchSeq: batch.seq, projectSeq: 14, sequence: 1 });
  await db.application.update({ where: { id: app!.id }, data: { ticketNumber } });
  return { batch, plan, app: app!, ticketNumber };
}

describe("七 考核当天签到: scan or type the ticket", () => {
  it("[考务] the QR (URL or token) and the typed number find the candidate: photo, name, masked ID", async () => {
    const { app, ticketNumber } = await ticketed("2034-02-18");
    const actor = await officer();
    const token = signToken({ t: "ticket", id: ticketNumber, v: 1 }, SECRET);
    for (const code of [
      `https://portal.example.cn/verify/ticket?token=${token}`,
      token,
      ticketNumber,
      `${ticketNumber.slice(0, 4)} ${ticketNumber.slice(4)}`,
    ]) {
      const card = await lookupForCheckIn(actor, code, "2034-02-18");
      expect(card).toMatchObject({ applicationId: app.id, name: "欧阳娜娜", hasPhoto: true, checkedInAt: null, problem: null });
      expect(card.maskedIdNumber).toBe(`${app.idNumber.slice(0, 3)}***********${app.idNumber.slice(-4)}`);
    }
    expect(await getCheckInPhoto(actor, app.id)).toMatchObject({ fileId: expect.any(String) as string });
  });

  it("[考务] a forged QR, a mistyped number, an unknown ticket are refused", async () => {
    const { ticketNumber } = await ticketed("2034-03-18");
    const actor = await officer();
    const forged = signToken({ t: "ticket", id: ticketNumber, v: 1 }, "another-secret-0123456789");
    await expect(lookupForCheckIn(actor, forged, "2034-03-18")).rejects.toMatchObject({
      message: "staffExam.checkIn.errors.token",
    });
    const typo = ticketNumber.slice(0, 10) + String((Number(ticketNumber[10]) + 1) % 10);
    await expect(lookupForCheckIn(actor, typo, "2034-03-18")).rejects.toMatchObject({
      message: "staffExam.checkIn.errors.checksum",
    });
    const unknown = formatTicketNumber({ year: 2034, batchSeq: 1, projectSeq: 14, sequence: 9999 });
    await expect(lookupForCheckIn(actor, unknown, "2034-03-18")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("[考务] marks present on the exam day only; a second scan shows the first time", async () => {
    const { app, ticketNumber } = await ticketed("2034-04-15");
    const actor = await officer();
    expect((await lookupForCheckIn(actor, ticketNumber, "2034-04-14")).problem).toBe("not-today");
    await expect(checkIn(actor, app.id, "2034-04-14", new Date())).rejects.toMatchObject({
      message: "staffExam.checkIn.errors.notToday",
    });
    const at = new Date("2034-04-15T00:35:00Z");
    expect(await checkIn(actor, app.id, "2034-04-15", at)).toEqual({ checkedInAt: at.toISOString() });
    expect(await checkIn(actor, app.id, "2034-04-15", new Date("2034-04-15T01:00:00Z"))).toEqual({
      checkedInAt: at.toISOString(),
    });
    expect((await lookupForCheckIn(actor, ticketNumber, "2034-04-15")).checkedInAt).toBe(at.toISOString());
    expect(await db.auditLog.count({ where: { action: "exam.checkIn", entityId: app.id } })).toBe(1);
  });

  it("[审核员] cannot use the check-in desk", async () => {
    const { app, ticketNumber } = await ticketed("2034-05-13");
    const actor = await reviewer();
    await expect(lookupForCheckIn(actor, ticketNumber, "2034-05-13")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(checkIn(actor, app.id, "2034-05-13", new Date())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).checkedInAt).toBeNull();
  });
});

describe("公众 /verify/ticket: the ticket's QR", () => {
  it("valid ticket: masked name, project, exam day; forged or cancelled: invalid", async () => {
    const { app, ticketNumber, batch } = await ticketed("2034-06-10");
    const token = signToken({ t: "ticket", id: ticketNumber, v: 1 }, SECRET);
    const result = await verifyTicketToken(token);
    expect(result).toMatchObject({
      valid: true,
      maskedName: "欧**娜",
      examDate: "2034-06-10",
      batch: `${batch.year}年第${batch.seq}批`,
    });
    expect(JSON.stringify(result)).not.toContain(app.idNumber.slice(6, 14));
    expect(await verifyTicketToken(token.slice(0, -2) + "AA")).toEqual({ valid: false, reason: "signature" });
    expect(await verifyTicketToken(signToken({ t: "certificate", id: ticketNumber, v: 1 }, SECRET))).toEqual({
      valid: false,
      reason: "signature",
    });
    await db.application.update({ where: { id: app.id }, data: { status: "CANCELLED" } });
    expect(await verifyTicketToken(token)).toEqual({ valid: false, reason: "cancelled" });
  });
});
