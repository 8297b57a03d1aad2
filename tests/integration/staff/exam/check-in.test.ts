import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkIn, getCheckInPhoto, lookupForCheckIn } from "@/lib/server/exam/check-in";
import { findForCheckIn, readCheckInQuery } from "@/lib/server/exam/search-check-in";
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

describe("七 the desk finds a candidate without the ticket (issue 16 item 10)", () => {
  async function ticketedAs(examDate: string, names: string[], sequenceFrom = 1) {
    const batch = await createBatch(examDate);
    const plan = await createPlan(batch, 14, "HELD");
    const apps = await createApplications(plan, names.length, { names });
    for (const [i, app] of apps.entries()) {
      const ticketNumber = formatTicketNumber({
        year: batch.year,
        batchSeq: batch.seq,
        projectSeq: 14,
        sequence: sequenceFrom + i,
      });
      await db.application.update({ where: { id: app.id }, data: { ticketNumber } });
    }
    return apps;
  }

  it("[考务] by full ID number or exact name, today's candidates only, with the photo; the search is audited", async () => {
    const [today, namesake] = await ticketedAs("2034-06-17", ["司马签到", "令狐同名"]);
    // Same name and another person on another exam day: not this session's candidate.
    const [otherDay] = await ticketedAs("2034-06-24", ["令狐同名"]);
    const actor = await officer();

    const byId = await findForCheckIn(actor, today!.idNumber, "2034-06-17");
    expect(byId.map((c) => [c.applicationId, c.name, c.hasPhoto])).toEqual([[today!.id, "司马签到", true]]);
    expect(byId[0]!.maskedIdNumber).not.toContain(today!.idNumber.slice(6, 14));

    const byName = await findForCheckIn(actor, " 令狐同名 ", "2034-06-17");
    expect(byName.map((c) => c.applicationId)).toEqual([namesake!.id]);
    expect((await findForCheckIn(actor, "令狐同名", "2034-06-24")).map((c) => c.applicationId)).toEqual([otherDay!.id]);

    // Another day's candidate's ID number is not found today; neither is a partial name.
    await expect(findForCheckIn(actor, otherDay!.idNumber, "2034-06-17")).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "staffWork.checkIn.noIdNumber",
    });
    await expect(findForCheckIn(actor, "令狐", "2034-06-17")).rejects.toMatchObject({ message: "staffWork.checkIn.noName" });
    // A ticket number still goes through the ticket lookup.
    const ticket = (await db.application.findUniqueOrThrow({ where: { id: today!.id }, select: { ticketNumber: true } }))
      .ticketNumber!;
    expect((await findForCheckIn(actor, ticket, "2034-06-17")).map((c) => c.applicationId)).toEqual([today!.id]);

    const audit = await db.auditLog.findMany({
      where: { actorId: actor.id, action: "checkIn.search" },
      select: { entityId: true, after: true },
    });
    expect(audit.map((a) => a.entityId).sort()).toEqual([today!.id, namesake!.id, otherDay!.id].sort());
    expect(audit.find((a) => a.entityId === today!.id)?.after).toMatchObject({
      candidateIds: [today!.candidateId],
      by: "idNumber",
    });
  });

  it("[考务] two of today's candidates with one name both show; not an officer: refused", async () => {
    const apps = await ticketedAs("2034-06-18", ["上官重名", "上官重名"]);
    const cards = await findForCheckIn(await officer(), "上官重名", "2034-06-18");
    expect(cards.map((c) => c.applicationId).sort()).toEqual(apps.map((a) => a.id).sort());
    await expect(findForCheckIn(await reviewer(), "上官重名", "2034-06-18")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("reads what the desk typed", () => {
    expect(readCheckInQuery("51010419900307002x")).toEqual({ kind: "idNumber", idNumber: "51010419900307002X" });
    expect(readCheckInQuery("阿依古丽·买买提")).toEqual({ kind: "name", name: "阿依古丽·买买提" });
    expect(readCheckInQuery("2504 0700001").kind).toBe("ticket");
    expect(readCheckInQuery("https://portal.example.cn/verify/ticket?token=abc.def").kind).toBe("ticket");
  });
});
