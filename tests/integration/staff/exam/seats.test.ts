import { AppError } from "@/lib/app-error";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { autoAssignSeats } from "@/lib/server/exam/assign-seats";
import { listSites } from "@/lib/server/exam/list-sites";
import { deleteRoom, deleteSite, saveRoom, saveSite } from "@/lib/server/exam/manage-sites";
import { setSeat } from "@/lib/server/exam/set-seat";
import { getRoomSignInSheetPdf } from "@/lib/server/exam/sign-in-sheet";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createApplications, createBatch, createPlan, createSite, officer, reviewer, snapshot } from "./factories";

beforeAll(ensureCatalog);

async function heldPlanWithTickets(examDate: string, projectSeq: number, n: number) {
  const batch = await createBatch(examDate);
  const plan = await createPlan(batch, projectSeq, "HELD");
  const apps = await createApplications(plan, n);
  // Tickets as issueTicketsIfHeld would give them, in creation order.
  for (const [i, a] of apps.entries()) {
    await db.application.update({
      where: { id: a.id },
      data: {
        ticketNumber: `${String(batch.year % 100)}${String(batch.seq).padStart(2, "0")}${String(projectSeq).padStart(2, "0")}${String(i + 1).padStart(4, "0")}0`,
      },
    });
  }
  return { batch, plan, apps };
}

describe("七 考点与考场 (CRUD, EXAM_OFFICER)", () => {
  it("[考务] creates, renames and deletes sites and rooms; names unique; a room in use stays", async () => {
    const actor = await officer();
    const name = `考点${crypto.randomUUID().slice(0, 6)}`;
    const site = await saveSite(actor, null, { name, address: "成都市青羊区东二巷18号" });
    await expect(saveSite(actor, null, { name, address: "成都市青羊区东二巷18号" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: [{ key: "staffExam.errors.nameTaken" }] },
    });
    const room = await saveRoom(actor, null, { siteId: site.id, name: "第1考场", capacity: 30 });
    await saveRoom(actor, room.id, { siteId: site.id, name: "第1考场（501室）", capacity: 32 });
    const listed = (await listSites(actor)).find((s) => s.id === site.id)!;
    expect(listed.rooms).toEqual([{ id: room.id, name: "第1考场（501室）", capacity: 32, seatsInUse: 0 }]);
    await expect(deleteSite(actor, site.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await deleteRoom(actor, room.id);
    await deleteSite(actor, site.id);
    expect(await db.auditLog.count({ where: { entityId: { in: [site.id, room.id] } } })).toBe(5);
  });

  it("[审核员] cannot touch sites", async () => {
    await expect(saveSite(await reviewer(), null, { name: "x考点", address: "成都市青羊区" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("七 座位: automatic assignment, by hand, sign-in sheet", () => {
  it("[考务] fills rooms by name in ticket order; notifies; capacity short refuses and changes nothing", async () => {
    const { plan, apps } = await heldPlanWithTickets("2033-02-19", 1, 5);
    const small = await createSite([{ name: "第1考场", capacity: 2 }]);
    const actor = await officer();
    const before = await snapshot(plan);
    const short = autoAssignSeats(actor, plan, { siteId: small.siteId, reset: false });
    await expect(short).rejects.toBeInstanceOf(AppError);
    await expect(short).rejects.toMatchObject({ message: "staffExam.errors.capacityShort", params: { needed: 5, available: 2 } });
    expect(await snapshot(plan)).toEqual(before);

    const site = await createSite([
      { name: "第10考场", capacity: 2 },
      { name: "第2考场", capacity: 3 },
    ]);
    expect(await autoAssignSeats(actor, plan, { siteId: site.siteId, reset: false })).toEqual({ assigned: 5 });
    const [room10, room2] = site.roomIds;
    const seats = await db.application.findMany({
      where: { planId: plan },
      orderBy: { ticketNumber: "asc" },
      select: { id: true, roomId: true, seat: true },
    });
    expect(seats.map((s) => [s.roomId, s.seat])).toEqual([
      [room2, 1],
      [room2, 2],
      [room2, 3],
      [room10, 1],
      [room10, 2],
    ]);
    expect(
      await db.notification.count({ where: { applicationId: { in: apps.map((a) => a.id) }, title: "考场座位已安排" } }),
    ).toBe(5);
    // Nobody new: a second run places nobody and keeps the seats.
    expect(await autoAssignSeats(actor, plan, { siteId: site.siteId, reset: false })).toEqual({ assigned: 0 });
  });

  it("[考务] two projects on the same exam day share a room without sharing a seat", async () => {
    const first = await heldPlanWithTickets("2033-03-19", 2, 2);
    const secondPlan = await createPlan(first.batch, 3, "HELD");
    const second = await createApplications(secondPlan, 2);
    for (const [i, a] of second.entries())
      await db.application.update({
        where: { id: a.id },
        data: { ticketNumber: `${first.batch.year % 100}${first.batch.seq}03000${i + 1}0` },
      });
    const site = await createSite([{ name: "机房A", capacity: 4 }]);
    const actor = await officer();
    await autoAssignSeats(actor, first.plan, { siteId: site.siteId, reset: false });
    await autoAssignSeats(actor, secondPlan, { siteId: site.siteId, reset: false });
    const seats = await db.application.findMany({ where: { roomId: site.roomIds[0] }, select: { seat: true } });
    expect(seats.map((s) => s.seat).sort()).toEqual([1, 2, 3, 4]);
  });

  it("[考务] changes one seat by hand: a taken or impossible seat is refused", async () => {
    const { plan, apps } = await heldPlanWithTickets("2033-04-16", 4, 2);
    const site = await createSite([{ name: "第1考场", capacity: 10 }]);
    const actor = await officer();
    await autoAssignSeats(actor, plan, { siteId: site.siteId, reset: false });
    const room = site.roomIds[0]!;
    await expect(setSeat(actor, { applicationId: apps[0]!.id, roomId: room, seat: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "staffExam.errors.seatTaken",
    });
    await expect(setSeat(actor, { applicationId: apps[0]!.id, roomId: room, seat: 11 })).rejects.toMatchObject({
      message: "staffExam.errors.seatOutOfRange",
    });
    await setSeat(actor, { applicationId: apps[0]!.id, roomId: room, seat: 9 });
    expect(await db.application.findUniqueOrThrow({ where: { id: apps[0]!.id }, select: { seat: true } })).toEqual({ seat: 9 });
    expect(await db.auditLog.count({ where: { action: "seats.set", entityId: apps[0]!.id } })).toBe(1);
    // Reset gives everyone a seat again from 1.
    await autoAssignSeats(actor, plan, { siteId: site.siteId, reset: true });
    const seats = await db.application.findMany({
      where: { planId: plan },
      orderBy: { ticketNumber: "asc" },
      select: { seat: true },
    });
    expect(seats.map((s) => s.seat)).toEqual([1, 2]);
    // Shrinking the room below a given seat is refused.
    await expect(saveRoomCapacity(actor, site.siteId, room, 1)).rejects.toMatchObject({
      message: "staffExam.errors.capacityBelowSeats",
    });
  });

  it("[考务] downloads the room's sign-in sheet (签到册) as a PDF; another role cannot", async () => {
    const { batch, plan } = await heldPlanWithTickets("2033-05-14", 5, 3);
    const site = await createSite([{ name: "第1考场", capacity: 10 }]);
    const actor = await officer();
    await autoAssignSeats(actor, plan, { siteId: site.siteId, reset: false });
    const { pdf, fileName } = await getRoomSignInSheetPdf(actor, batch.id, site.roomIds[0]!);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(fileName).toContain("签到册");
    await expect(getRoomSignInSheetPdf(await reviewer(), batch.id, site.roomIds[0]!)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

async function saveRoomCapacity(actor: Awaited<ReturnType<typeof officer>>, siteId: string, roomId: string, capacity: number) {
  return saveRoom(actor, roomId, { siteId, name: "第1考场", capacity });
}
