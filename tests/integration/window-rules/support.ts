import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/iso-date";
import type { BatchDef } from "@/lib/domain/types";
import { ruleDates } from "@/lib/domain/window-rules-dates";
import { createWorkingDayCalendar } from "@/lib/domain/working-days";
import type { Actor } from "@/lib/server/auth/session";
import { freshBatch, submittedApplication, type SubmittedOptions } from "@/tests/integration/staff/review/factories";

export const AT = new Date("2025-05-08T02:00:00Z");

/** The rule table's own dates for a batch (no holiday overrides in the test database). */
export function datesOf(batch: BatchDef) {
  return ruleDates(batch, createWorkingDayCalendar());
}

export const dayAfter = (day: string) => addDays(day, 1);

// Jobs move everything due before `today`, so each test that runs one puts its batch in an early
// year of its own (before every other file's batches), where "today" finds only its rows.
const usedYears = new Set<number>();
export async function lonelyBatch(): Promise<{ id: string; def: BatchDef }> {
  let year = randomInt(1901, 1950);
  while (usedYears.has(year)) year = randomInt(1901, 1950);
  usedYears.add(year);
  return freshBatch({ year });
}

/** An application with complete data and files, and the actor who owns it (candidate or institution). */
export async function ownedApplication(options: SubmittedOptions & { institutionActor?: Actor }) {
  const app = await submittedApplication(options);
  if (options.institutionActor) return { ...app, actor: options.institutionActor };
  const candidate = await db.candidate.findUniqueOrThrow({ where: { id: app.candidateId }, select: { userId: true } });
  const actor: Actor = {
    id: candidate.userId ?? crypto.randomUUID(),
    kind: "CANDIDATE",
    displayName: "测试考生",
    roles: [],
    institutionId: null,
    candidateId: app.candidateId,
  };
  return { ...app, actor };
}

export const PERSONAL = {
  step: "personal",
  data: {
    education: "BACHELOR",
    graduatingThisYear: false,
    school: "四川大学",
    address: "成都市武侯区人民南路三段17号",
    educationProofCase: 1,
  },
} as const;
