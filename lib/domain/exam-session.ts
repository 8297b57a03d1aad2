/**
 * 七 "考生须按准考证上注明的时间……": a plan's exam-day sessions (场次). Times are "HH:MM",
 * Beijing time, on the batch's exam day. A session for a room overrides the plan-wide one
 * (room null) for the candidates seated there.
 */

export interface SessionTimes {
  roomId: string | null;
  startTime: string;
  endTime: string;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isClockTime(value: string): boolean {
  return HH_MM.test(value);
}

/** A valid session ends after it starts, both within the day. */
export function isValidSession(start: string, end: string): boolean {
  return isClockTime(start) && isClockTime(end) && start < end;
}

/** "09:00—11:00", the form the ticket and the sign-in sheet print. */
export function formatSession(s: Pick<SessionTimes, "startTime" | "endTime">): string {
  return `${s.startTime}—${s.endTime}`;
}

/** The session a candidate sits: their room's, else the plan-wide one; null when neither exists. */
export function sessionFor<S extends SessionTimes>(sessions: readonly S[], roomId: string | null): S | null {
  return (roomId ? sessions.find((s) => s.roomId === roomId) : undefined) ?? sessions.find((s) => s.roomId === null) ?? null;
}
