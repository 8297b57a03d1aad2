/**
 * Rooms and seats for a held plan (七 "按准考证指定的时间、地点和考场参加考核"). The notice is
 * silent on how seats are given (domain.md); ADR 021 records this rule:
 *
 * - candidates in ticket-number order (stable: the same candidates always get the same seats);
 * - rooms in the order the officer lists them, each filled seat 1, 2, … up to its capacity;
 * - seats already taken on that exam day (another project in the same room, or a seat the
 *   officer set by hand) are skipped, so a second run only places the newcomers;
 * - not enough free seats: nothing is assigned and the shortfall is reported.
 */

export interface SeatRoom {
  id: string;
  capacity: number;
  /** Seat numbers already taken on the exam day. */
  occupied: readonly number[];
}

export interface SeatCandidate {
  applicationId: string;
  ticketNumber: string;
}

export interface SeatAssignment {
  applicationId: string;
  roomId: string;
  seat: number;
}

export type SeatAssignmentResult =
  { ok: true; assignments: SeatAssignment[] } | { ok: false; error: "capacity-short"; needed: number; available: number };

function assertRoom(room: SeatRoom): void {
  if (!Number.isInteger(room.capacity) || room.capacity < 1) {
    throw new RangeError(`room ${room.id}: capacity must be a positive integer, got ${room.capacity}`);
  }
}

/** Free seats of one room, lowest first. */
export function freeSeats(room: SeatRoom): number[] {
  assertRoom(room);
  const taken = new Set(room.occupied);
  const free: number[] = [];
  for (let seat = 1; seat <= room.capacity; seat++) if (!taken.has(seat)) free.push(seat);
  return free;
}

/** Ticket numbers all have 11 digits, so text order is number order; the id breaks impossible ties. */
export function byTicketNumber(a: SeatCandidate, b: SeatCandidate): number {
  if (a.ticketNumber !== b.ticketNumber) return a.ticketNumber < b.ticketNumber ? -1 : 1;
  return a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0;
}

/** Throws on duplicate rooms or candidates: the caller built its lists wrongly. */
export function assignSeats(candidates: readonly SeatCandidate[], rooms: readonly SeatRoom[]): SeatAssignmentResult {
  if (new Set(rooms.map((r) => r.id)).size !== rooms.length) throw new RangeError("a room is listed twice");
  if (new Set(candidates.map((c) => c.applicationId)).size !== candidates.length)
    throw new RangeError("a candidate is listed twice");
  const slots = rooms.flatMap((room) => freeSeats(room).map((seat) => ({ roomId: room.id, seat })));
  if (slots.length < candidates.length)
    return { ok: false, error: "capacity-short", needed: candidates.length, available: slots.length };
  const ordered = [...candidates].sort(byTicketNumber);
  return {
    ok: true,
    assignments: ordered.map((c, i) => {
      const slot = slots[i]!;
      return { applicationId: c.applicationId, roomId: slot.roomId, seat: slot.seat };
    }),
  };
}

export type SeatChoiceError = "seat-out-of-range" | "seat-taken";

/** A seat the officer types by hand: inside the room and not someone else's that day. */
export function checkSeatChoice(room: SeatRoom, seat: number): { ok: true } | { ok: false; error: SeatChoiceError } {
  assertRoom(room);
  if (!Number.isInteger(seat) || seat < 1 || seat > room.capacity) return { ok: false, error: "seat-out-of-range" };
  if (room.occupied.includes(seat)) return { ok: false, error: "seat-taken" };
  return { ok: true };
}
