import { describe, expect, it } from "vitest";
import { assignSeats, byTicketNumber, checkSeatChoice, freeSeats, type SeatCandidate, type SeatRoom } from "./seat-assignment";
import { formatTicketNumber } from "./ticket-number";

const ticket = (sequence: number) => formatTicketNumber({ year: 2025, batchSeq: 5, projectSeq: 1, sequence });
const cand = (sequence: number): SeatCandidate => ({
  applicationId: `a${String(sequence).padStart(3, "0")}`,
  ticketNumber: ticket(sequence),
});
const room = (id: string, capacity: number, occupied: number[] = []): SeatRoom => ({ id, capacity, occupied });

/** A seeded shuffle, so "any input order" is tested with many orders but reproducibly. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("seat-assignment: 七 考场与座位 (ADR 021)", () => {
  it("fills the first room seat 1..capacity, then the next room, in ticket-number order", () => {
    const result = assignSeats([cand(3), cand(1), cand(2), cand(4), cand(5)], [room("R1", 3), room("R2", 3)]);
    expect(result).toEqual({
      ok: true,
      assignments: [
        { applicationId: "a001", roomId: "R1", seat: 1 },
        { applicationId: "a002", roomId: "R1", seat: 2 },
        { applicationId: "a003", roomId: "R1", seat: 3 },
        { applicationId: "a004", roomId: "R2", seat: 1 },
        { applicationId: "a005", roomId: "R2", seat: 2 },
      ],
    });
  });

  it("gives the same seats whatever order the candidates come in (stable by ticket number)", () => {
    const people = Array.from({ length: 37 }, (_, i) => cand(i + 1));
    const rooms = [room("A", 10, [2, 7]), room("B", 15), room("C", 30, [1])];
    const expected = assignSeats(people, rooms);
    for (let seed = 1; seed <= 25; seed++) expect(assignSeats(shuffled(people, seed), rooms)).toEqual(expected);
  });

  it("keeps rooms in the order given, not by name", () => {
    const result = assignSeats([cand(1)], [room("Z", 1), room("A", 1)]);
    expect(result.ok && result.assignments[0]?.roomId).toBe("Z");
  });

  it("skips seats already taken that day (another project, or set by hand)", () => {
    const result = assignSeats([cand(1), cand(2)], [room("R1", 4, [1, 3])]);
    expect(result.ok && result.assignments.map((a) => a.seat)).toEqual([2, 4]);
  });

  it("places candidates in the seats left over after occupied ones", () => {
    const result = assignSeats([cand(1), cand(2), cand(3)], [room("R1", 4, [1, 3]), room("R2", 2, [2])]);
    expect(result).toEqual({
      ok: true,
      assignments: [
        { applicationId: "a001", roomId: "R1", seat: 2 },
        { applicationId: "a002", roomId: "R1", seat: 4 },
        { applicationId: "a003", roomId: "R2", seat: 1 },
      ],
    });
  });

  it("refuses (assigns nothing) when capacity is short, and says by how much", () => {
    expect(assignSeats([cand(1), cand(2), cand(3)], [room("R1", 2)])).toEqual({
      ok: false,
      error: "capacity-short",
      needed: 3,
      available: 2,
    });
    expect(assignSeats([cand(1)], [])).toEqual({ ok: false, error: "capacity-short", needed: 1, available: 0 });
    expect(assignSeats([cand(1)], [room("R1", 1, [1])])).toEqual({ ok: false, error: "capacity-short", needed: 1, available: 0 });
  });

  it("fits exactly: candidates equal to free seats", () => {
    const result = assignSeats([cand(1), cand(2)], [room("R1", 1), room("R2", 1)]);
    expect(result.ok && result.assignments.map((a) => `${a.roomId}-${a.seat}`)).toEqual(["R1-1", "R2-1"]);
  });

  it("no candidates: nothing to do, even without rooms", () => {
    expect(assignSeats([], [])).toEqual({ ok: true, assignments: [] });
  });

  it("never gives one seat twice and never exceeds a room's capacity (many sizes)", () => {
    for (let n = 0; n <= 60; n += 7) {
      const rooms = [room("A", 9, [4]), room("B", 20, [1, 20]), room("C", 40)];
      const result = assignSeats(
        Array.from({ length: n }, (_, i) => cand(i + 1)),
        rooms,
      );
      if (!result.ok) throw new Error(`unexpected refusal at ${n}`);
      const keys = result.assignments.map((a) => `${a.roomId}-${a.seat}`);
      expect(new Set(keys).size).toBe(n);
      for (const a of result.assignments) {
        const r = rooms.find((x) => x.id === a.roomId)!;
        expect(a.seat).toBeGreaterThanOrEqual(1);
        expect(a.seat).toBeLessThanOrEqual(r.capacity);
        expect(r.occupied).not.toContain(a.seat);
      }
    }
  });

  it("throws on lists built wrongly: duplicate rooms or candidates, bad capacity", () => {
    expect(() => assignSeats([cand(1)], [room("R1", 2), room("R1", 2)])).toThrow(RangeError);
    expect(() => assignSeats([cand(1), cand(1)], [room("R1", 2)])).toThrow(RangeError);
    expect(() => assignSeats([cand(1)], [room("R1", 0)])).toThrow(RangeError);
    expect(() => assignSeats([cand(1)], [room("R1", 2.5)])).toThrow(RangeError);
  });

  it("freeSeats lists what is left, lowest first; occupied numbers outside the room are ignored", () => {
    expect(freeSeats(room("R", 5, [2, 5, 9]))).toEqual([1, 3, 4]);
  });

  it("orders by ticket number, then id", () => {
    expect(byTicketNumber(cand(1), cand(2))).toBeLessThan(0);
    expect(byTicketNumber({ applicationId: "b", ticketNumber: "1" }, { applicationId: "a", ticketNumber: "1" })).toBeGreaterThan(
      0,
    );
    expect(byTicketNumber(cand(1), cand(1))).toBe(0);
  });

  it("checks a seat chosen by hand: inside the room and free", () => {
    const r = room("R", 30, [5]);
    expect(checkSeatChoice(r, 1)).toEqual({ ok: true });
    expect(checkSeatChoice(r, 30)).toEqual({ ok: true });
    expect(checkSeatChoice(r, 5)).toEqual({ ok: false, error: "seat-taken" });
    expect(checkSeatChoice(r, 0)).toEqual({ ok: false, error: "seat-out-of-range" });
    expect(checkSeatChoice(r, 31)).toEqual({ ok: false, error: "seat-out-of-range" });
    expect(checkSeatChoice(r, 1.5)).toEqual({ ok: false, error: "seat-out-of-range" });
  });
});
