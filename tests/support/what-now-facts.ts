import type { ApplicationStatus } from "@/lib/domain/application-state";
import type { BatchDef } from "@/lib/domain/types";
import type { WhatNowFacts } from "@/lib/domain/what-now";
import type { Verdict } from "@/lib/domain/window-rules";

/** A batch of its own year for the what-now tests: registration 6–13 May, exam 14 June 2031. */
export const WHAT_NOW_BATCH: BatchDef = {
  year: 2031,
  seq: 4,
  registration: { start: "2031-05-06", end: "2031-05-13" },
  review: { start: "2031-05-13", end: "2031-05-23" },
  payment: { start: "2031-05-26", end: "2031-05-30" },
  ticket: { start: "2031-06-09", end: "2031-06-13" },
  examDate: "2031-06-14",
};

export const yes: Verdict = { allowed: true };

/** The facts of an application in `status` on 8 May 2031 with nothing else known; `over` adds. */
export const whatNowFacts = (status: ApplicationStatus, over: Partial<WhatNowFacts> = {}): WhatNowFacts => ({
  status,
  batch: WHAT_NOW_BATCH,
  day: "2031-05-08",
  may: {},
  planStatus: "OPEN",
  reviewDueDate: null,
  ticketNumber: null,
  examTime: null,
  room: null,
  result: null,
  certificateDates: null,
  resultNoticeStart: "2031-06-23",
  channel: "INDIVIDUAL",
  ...over,
});
