import type { BatchDef, IsoDate, PhaseName, Window } from "./types";

/**
 * Section 三's calendar as questions about one day. Windows are inclusive Beijing days, one
 * batch's windows touch (registration's last day is review's first), and consecutive batches
 * overlap, so answers are lists of (batch, phase), never a single "current batch".
 */

export const PHASES: readonly PhaseName[] = ["registration", "review", "payment", "ticket", "exam"];

/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The Beijing calendar day of an instant; independent of the server's time zone. */
export function shanghaiDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The exam is a window of one day, so every phase can be asked the same questions. */
export function phaseWindow(batch: BatchDef, phase: PhaseName): Window {
  return phase === "exam" ? { start: batch.examDate, end: batch.examDate } : batch[phase];
}

export function isWindowOpen(batch: BatchDef, phase: PhaseName, day: IsoDate): boolean {
  const w = phaseWindow(batch, phase);
  // ISO days compare correctly as strings.
  return w.start <= day && day <= w.end;
}

export interface OpenPhase {
  batch: BatchDef;
  phase: PhaseName;
}

/** Every (batch, phase) whose window contains `day`, in the batches' order, then phase order. */
export function phasesOpenOn(batches: readonly BatchDef[], day: IsoDate): OpenPhase[] {
  return batches.flatMap((batch) => PHASES.filter((phase) => isWindowOpen(batch, phase, day)).map((phase) => ({ batch, phase })));
}

export type BatchPosition = PhaseName | "before" | "between" | "after";

/**
 * Where a batch stands on `day`. On a day two of its windows share (registration's last day is
 * review's first), the earlier phase wins: registration is still open, and that is what a
 * candidate can still act on.
 */
export function currentPhase(batch: BatchDef, day: IsoDate): BatchPosition {
  const open = PHASES.find((phase) => isWindowOpen(batch, phase, day));
  if (open) return open;
  const windows = PHASES.map((p) => phaseWindow(batch, p));
  if (windows.every((w) => day < w.start)) return "before";
  if (windows.every((w) => day > w.end)) return "after";
  return "between";
}

export interface Deadline {
  date: IsoDate;
  batch: BatchDef;
  phase: PhaseName;
  /** The exam day is one event, reported as a start. */
  kind: "start" | "end";
}

function sortKey(d: Deadline): [IsoDate, number, number, number, number] {
  return [d.date, d.batch.year, d.batch.seq, PHASES.indexOf(d.phase), d.kind === "start" ? 0 : 1];
}

function compareDeadlines(a: Deadline, b: Deadline): number {
  const [ka, kb] = [sortKey(a), sortKey(b)];
  for (let i = 0; i < ka.length; i++) {
    const [x, y] = [ka[i] ?? 0, kb[i] ?? 0];
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/**
 * Window starts and ends from `day` on (today included: "closes today" matters most), in
 * date order, then by batch and phase, for the home page. Callers slice what they show.
 */
export function nextDeadlines(batches: readonly BatchDef[], day: IsoDate): Deadline[] {
  const events = batches.flatMap((batch) =>
    PHASES.flatMap((phase): Deadline[] => {
      if (phase === "exam") return [{ date: batch.examDate, batch, phase, kind: "start" }];
      const w = batch[phase];
      return [
        { date: w.start, batch, phase, kind: "start" },
        { date: w.end, batch, phase, kind: "end" },
      ];
    }),
  );
  return events.filter((e) => e.date >= day).sort(compareDeadlines);
}
