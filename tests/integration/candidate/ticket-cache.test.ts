import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type * as TicketPdfModule from "@/lib/server/documents/ticket-pdf";
import { fileStore } from "@/lib/server/storage/file-store";
import { lookupTicketInputs, ticketInputsWhere } from "@/lib/server/tickets/build-ticket-dtos";
import { getOwnTicketPdf } from "@/lib/server/tickets/get-own-ticket";
import { lookupTicket } from "@/lib/server/tickets/lookup-ticket";
import { ticketDocumentId } from "@/lib/server/tickets/ticket-document";
import { makeJpeg, sizeKb } from "@/tests/support/files";
import { createApplication, createCandidate } from "../support/factories";
import { giveSessionToPlanOf } from "../support/exam-session";
import { ensureCatalog } from "../support/seed";

// Issue 14, ADR 091: a ticket PDF is rendered once per version and kept in the file store; a new
// seat, session or photo renders it again on the next lookup. The renderer is counted.

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/server/documents/ticket-pdf", async (original) => {
  const actual = await original<typeof TicketPdfModule>();
  return {
    ...actual,
    renderTicketsPdf: (...args: Parameters<typeof actual.renderTicketsPdf>) => {
      renders.count += 1;
      return actual.renderTicketsPdf(...args);
    },
  };
});

// Batch 4 of 2025 (三): ticket printing 5/19–5/23, exam 5/24.
const TICKET_DAY = "2025-05-20";
const BASE = "http://portal.test";
let minute = 0;
/** Each lookup a quarter of an hour after the last, so the per-ID limit (5 per 15 min) never answers. */
const nextAt = () => new Date(Date.parse("2025-05-20T02:00:00Z") + (minute += 16) * 60_000);

async function confirmedWithTicket(name: string, ticketNumber: string) {
  const person = await createCandidate({ name });
  const id = await createApplication({
    candidateId: person.candidateId,
    batchSeq: 4,
    projectSeq: 9,
    status: "PAYMENT_CONFIRMED",
  });
  await db.application.update({ where: { id }, data: { ticketNumber } });
  await giveSessionToPlanOf(id);
  return { person, id };
}

async function keptFor(id: string) {
  return db.ticketPdf.findUnique({ where: { id: ticketDocumentId([id]) }, select: { fileId: true, versionKey: true } });
}

beforeAll(() => {
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  return ensureCatalog();
});

describe("六: the ticket PDF is rendered once per version and served from storage (ADR 091)", () => {
  it("renders on the first lookup, serves the kept bytes on the second and to the candidate's own download", async () => {
    const { person, id } = await confirmedWithTicket("缓存考生", "2504099101");
    const before = renders.count;
    const first = await lookupTicket(person.idNumber, person.name, "10.14.0.1", nextAt(), TICKET_DAY, BASE);
    expect(renders.count).toBe(before + 1);
    const kept = await keptFor(id);
    expect(kept).not.toBeNull();

    const second = await lookupTicket(person.idNumber, person.name, "10.14.0.2", nextAt(), TICKET_DAY, BASE);
    expect(renders.count).toBe(before + 1);
    expect(Buffer.compare(second.pdf, first.pdf)).toBe(0);
    const own = await getOwnTicketPdf(person.actor, id, TICKET_DAY, BASE);
    expect(renders.count).toBe(before + 1);
    expect(Buffer.compare(own.pdf, first.pdf)).toBe(0);

    // Kept like every file: encrypted at rest (ADR 057), readable through the store.
    const [raw] = await db.$queryRaw<
      { head: string }[]
    >`SELECT encode(substring(data from 1 for 4), 'escape') AS head FROM "StoredFile" WHERE id = ${kept!.fileId}::uuid`;
    expect(raw?.head).not.toBe("%PDF");
    expect(
      Buffer.from((await fileStore.get(kept!.fileId))!.bytes)
        .subarray(0, 4)
        .toString(),
    ).toBe("%PDF");
  });

  it("renders again after a seat change, a session change and a new photo, and drops the old file each time", async () => {
    const { person, id } = await confirmedWithTicket("换座考生", "2504099102");
    const own = () => getOwnTicketPdf(person.actor, id, TICKET_DAY, BASE);
    const start = renders.count;
    await own();
    const v1 = (await keptFor(id))!;

    await db.application.update({ where: { id }, data: { seat: 17 } });
    await own();
    expect(renders.count).toBe(start + 2);
    const v2 = (await keptFor(id))!;
    expect(v2.versionKey).not.toBe(v1.versionKey);
    expect(await db.storedFile.count({ where: { id: v1.fileId } })).toBe(0);
    await own();
    expect(renders.count).toBe(start + 2); // unchanged since: the kept one

    const { planId } = await db.application.findUniqueOrThrow({ where: { id }, select: { planId: true } });
    await db.examSession.updateMany({ where: { planId, roomId: null }, data: { startTime: "14:00", endTime: "16:00" } });
    await own();
    expect(renders.count).toBe(start + 3);
    // The session is the plan's: put it back for the other tests of this plan.
    await db.examSession.updateMany({ where: { planId, roomId: null }, data: { startTime: "09:00", endTime: "11:00" } });
    await own();
    expect(renders.count).toBe(start + 4);

    const photo = await fileStore.put({
      bytes: await makeJpeg({ targetBytes: sizeKb(220), exact: true }),
      mime: "image/jpeg",
      originalName: "photo.jpg",
    });
    await db.attachment.upsert({
      where: { applicationId_kind: { applicationId: id, kind: "PHOTO" } },
      create: { applicationId: id, kind: "PHOTO", fileId: photo.id },
      update: { fileId: photo.id },
    });
    await own();
    expect(renders.count).toBe(start + 5);
    expect(await db.storedFile.count({ where: { id: v2.fileId } })).toBe(0);
  });

  it("a lookup reads both limits in one statement and the tickets in one, and still sees a seat change at once (ADR 146, 151)", async () => {
    const { person, id } = await confirmedWithTicket("查询考生", "2504099103");
    await lookupTicket(person.idNumber, person.name, "10.14.0.3", nextAt(), TICKET_DAY, BASE);
    const start = renders.count;
    const statements: string[] = [];
    let counting = true;
    db.$onQuery((event) => {
      if (counting) statements.push(event.query);
    });
    const at = nextAt();
    await lookupTicket(person.idNumber, person.name, "10.14.0.4", at, TICKET_DAY, BASE);
    counting = false;
    expect(renders.count).toBe(start);
    // Two statements in all (ADR 151: Prisma's nested read of the tickets was ten, one per relation).
    expect(statements).toHaveLength(2);
    expect(statements[0]).toMatch(/"RateLimit"/);
    expect(statements[1]).toMatch(/FROM "Application"/);
    // The PDF this process served last for this version: neither its row nor its bytes read again.
    expect(statements.filter((q) => /"TicketPdf"|"StoredFile"\."data"/.test(q))).toEqual([]);
    const rows = await db.rateLimit.count({ where: { resetAt: new Date(at.getTime() + 15 * 60_000) } });
    expect(rows).toBeGreaterThanOrEqual(2); // the IP's and the ID number's, each counted

    await db.application.update({ where: { id }, data: { seat: 23 } });
    await lookupTicket(person.idNumber, person.name, "10.14.0.5", nextAt(), TICKET_DAY, BASE);
    expect(renders.count).toBe(start + 1);
  });

  it("the lookup's one statement reads what Prisma's nested read does: room, site, sessions, photo (ADR 151)", async () => {
    const { person, id } = await confirmedWithTicket("对照考生", "2504099104");
    const inputsOf = async () => {
      const viaPrisma = await ticketInputsWhere({ candidate: { idNumber: person.idNumber, name: person.name } });
      const viaLookup = await lookupTicketInputs(person.idNumber, person.name, TICKET_DAY);
      expect(viaLookup).toEqual(viaPrisma);
      return viaLookup;
    };
    const plain = await inputsOf();
    expect(plain.applicationIds).toEqual([id]);
    expect(plain.inputs[0]).toMatchObject({ room: null, seat: null, examDate: "2025-05-24", examTime: "09:00—11:00" });

    const site = await db.examSite.create({ data: { name: `对照考点 ${id}`, address: "成都市锦江区对照路1号" } });
    const room = await db.room.create({ data: { siteId: site.id, name: "第3考场", capacity: 30 } });
    const { planId } = await db.application.findUniqueOrThrow({ where: { id }, select: { planId: true } });
    await db.examSession.create({
      data: { planId, roomId: room.id, startTime: "14:00", endTime: "15:30", updatedAt: new Date() },
    });
    const photo = await fileStore.put({
      bytes: await makeJpeg({ targetBytes: sizeKb(20) }),
      mime: "image/jpeg",
      originalName: "photo.jpg",
    });
    await db.attachment.upsert({
      where: { applicationId_kind: { applicationId: id, kind: "PHOTO" } },
      create: { applicationId: id, kind: "PHOTO", fileId: photo.id },
      update: { fileId: photo.id },
    });
    await db.application.update({ where: { id }, data: { roomId: room.id, seat: 7 } });
    const seated = await inputsOf();
    expect(seated.inputs[0]).toMatchObject({
      room: "第3考场",
      seat: 7,
      siteName: site.name,
      siteAddress: site.address,
      examTime: "14:00—15:30",
      name: "对照考生",
      photoFile: { id: photo.id, mime: "image/jpeg" },
    });
    // Outside the ticket window it finds nothing, as Prisma's filter did.
    expect(await lookupTicketInputs(person.idNumber, person.name, "2025-05-25")).toEqual({ applicationIds: [], inputs: [] });
    expect(await lookupTicketInputs(person.idNumber, "别人", TICKET_DAY)).toEqual({ applicationIds: [], inputs: [] });
    await db.examSession.deleteMany({ where: { planId, roomId: room.id } });
  });
});
