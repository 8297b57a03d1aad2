import { randomInt } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";

/**
 * What the crash test kills the app in the middle of (issue 6). One module per operation in this folder:
 * `prepare` writes the work (test process), `step` does one piece of it with the real use case
 * (worker process, killed at a random moment), `check` lists every broken invariant, `finish`
 * retries what is left in-process and must succeed. Adding an operation is one module and one line in ../operations.ts.
 */
export interface CrashOperation {
  prepare: (tag: string, count: number) => Promise<void>;
  /** One piece of work; false when nothing is left to do. */
  step: (tag: string) => Promise<boolean>;
  check: (tag: string) => Promise<string[]>;
  finish: (tag: string) => Promise<void>;
}

export const TODAY = "2025-05-08"; // batch 5 registration, batch 4 payment (三)
export const AT = new Date("2025-05-08T02:00:00Z");
export const FEE_PROJECT = 11; // its fee is set here; other tests set fees of projects 1, 2, 3, 20

/** The applicant of an application, as requireActor would load them. */
export async function applicantOf(applicationId: string): Promise<Actor> {
  const row = await db.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { candidate: { select: { id: true, name: true, userId: true } } },
  });
  return {
    id: row.candidate.userId!,
    kind: "CANDIDATE",
    displayName: row.candidate.name,
    roles: [],
    institutionId: null,
    candidateId: row.candidate.id,
  };
}

/** A random item still to do (workers pick at random so that two rarely take the same one). */
export function pick(ids: { id: string }[]): string | null {
  return ids.length === 0 ? null : (ids[randomInt(0, ids.length)]?.id ?? null);
}

/** Refusals are expected when two workers take the same item; anything else propagates. */
export async function tolerate(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

/** Events of `toStatus` per application, for many applications in one query. */
export async function eventCounts(
  applicationIds: readonly string[],
  toStatus: "SUBMITTED" | "PAYMENT_SUBMITTED" | "PAYMENT_CONFIRMED",
): Promise<Map<string, number>> {
  const rows = await db.applicationEvent.groupBy({
    by: ["applicationId"],
    where: { applicationId: { in: [...applicationIds] }, toStatus },
    _count: true,
  });
  return new Map(rows.map((r) => [r.applicationId, r._count]));
}
