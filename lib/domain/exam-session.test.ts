import { describe, expect, it } from "vitest";
import { formatSession, isClockTime, isValidSession, sessionFor } from "./exam-session";

describe("七 exam sessions (场次)", () => {
  it.each(["00:00", "09:00", "13:30", "23:59"])("%s is a clock time", (t) => expect(isClockTime(t)).toBe(true));
  it.each(["9:00", "24:00", "12:60", "0900", "09:00:00", "", " 09:00"])("%j is not", (t) => expect(isClockTime(t)).toBe(false));

  it("a session ends after it starts", () => {
    expect(isValidSession("09:00", "11:00")).toBe(true);
    expect(isValidSession("11:00", "09:00")).toBe(false);
    expect(isValidSession("09:00", "09:00")).toBe(false);
    expect(isValidSession("09:00", "25:00")).toBe(false);
  });

  it("prints as 09:00—11:00", () => expect(formatSession({ startTime: "09:00", endTime: "11:00" })).toBe("09:00—11:00"));

  it("a room's session overrides the plan-wide one; none gives null", () => {
    const wide = { roomId: null, startTime: "09:00", endTime: "11:00" };
    const room = { roomId: "r1", startTime: "14:00", endTime: "16:00" };
    expect(sessionFor([wide, room], "r1")).toBe(room);
    expect(sessionFor([wide, room], "r2")).toBe(wide);
    expect(sessionFor([wide, room], null)).toBe(wide);
    expect(sessionFor([room], "r2")).toBeNull();
    expect(sessionFor([room], null)).toBeNull();
    expect(sessionFor([], null)).toBeNull();
  });
});
