import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { writeSubmitted } from "@/lib/server/applications/submit-statements";
import { ensureCatalog } from "../support/seed";
import { completeDraft, settle } from "./support";

// Group commit (ADR 053): submits that arrive together share their statements. These tests check
// that sharing a statement never mixes up answers: each submit is judged on its own application,
// and one that fails does not take the others with it.

const TODAY = "2025-05-08"; // batch 5's registration window (三)
const AT = new Date("2025-05-08T02:00:00Z");
const HEAVY_TIMEOUT_MS = 300_000;

beforeAll(ensureCatalog);

/** Counts the statements the shared client sends while `run` runs (lib/db-client logs each). */
async function countStatements<T>(pattern: RegExp, run: () => Promise<T>): Promise<{ result: T; statements: number }> {
  let statements = 0;
  let counting = true;
  db.$onQuery((event) => {
    if (counting && pattern.test(event.query)) statements += 1;
  });
  try {
    return { result: await run(), statements };
  } finally {
    counting = false;
  }
}

async function submittedEvents(applicationIds: readonly string[]): Promise<number> {
  return db.applicationEvent.count({ where: { applicationId: { in: [...applicationIds] }, toStatus: "SUBMITTED" } });
}

describe("submits that arrive together (四(二)3)", () => {
  it(
    "40 at once: every one stored with its event, in a few shared statements",
    async () => {
      const drafts: Awaited<ReturnType<typeof completeDraft>>[] = [];
      for (let i = 0; i < 40; i++) drafts.push(await completeDraft());
      const { result, statements } = await countStatements(/UPDATE "Application" a/, () =>
        settle(
          drafts.map(
            ({ person, applicationId }) =>
              () =>
                submitApplication(person.actor, applicationId, TODAY, AT),
          ),
        ),
      );
      expect(result.crashes).toEqual([]);
      expect(result.values).toHaveLength(40);
      const ids = drafts.map((d) => d.applicationId);
      expect(await db.application.count({ where: { id: { in: ids }, status: "SUBMITTED" } })).toBe(40);
      expect(await submittedEvents(ids)).toBe(40);
      expect(statements).toBeGreaterThan(0);
      expect(statements).toBeLessThan(10);
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    "each answer is its own: someone else's application, an incomplete draft and a double click beside good ones",
    async () => {
      const [good, other, incomplete, twice] = [
        await completeDraft(),
        await completeDraft(),
        await completeDraft(),
        await completeDraft(),
      ];
      await db.attachment.deleteMany({ where: { applicationId: incomplete.applicationId, kind: "PHOTO" } });
      const outcome = await Promise.allSettled([
        submitApplication(good.person.actor, good.applicationId, TODAY, AT),
        submitApplication(good.person.actor, other.applicationId, TODAY, AT), // not theirs
        submitApplication(incomplete.person.actor, incomplete.applicationId, TODAY, AT),
        submitApplication(twice.person.actor, twice.applicationId, TODAY, AT),
        submitApplication(twice.person.actor, twice.applicationId, TODAY, AT),
      ]);
      const codes = outcome.map((o) => (o.status === "fulfilled" ? "ok" : (o.reason as { code?: string }).code));
      expect(codes.slice(0, 3)).toEqual(["ok", "NOT_FOUND", "INVALID"]);
      expect([...codes.slice(3)].sort()).toEqual(["CONFLICT", "ok"]);
      expect(await db.application.findUniqueOrThrow({ where: { id: other.applicationId }, select: { status: true } })).toEqual({
        status: "DRAFT",
      });
      expect(await submittedEvents([good.applicationId, other.applicationId, incomplete.applicationId])).toBe(1);
      expect(await submittedEvents([twice.applicationId])).toBe(1);
    },
    HEAVY_TIMEOUT_MS,
  );

  it(
    "a write that breaks the shared statement fails alone: the others in it are stored",
    async () => {
      const drafts = [await completeDraft(), await completeDraft(), await completeDraft()];
      const rows = await db.application.findMany({
        where: { id: { in: drafts.map((d) => d.applicationId) } },
        select: { id: true, version: true },
      });
      const version = new Map(rows.map((r) => [r.id, r.version]));
      const write = (applicationId: string, reviewDueDate: string) =>
        writeSubmitted({
          applicationId,
          version: version.get(applicationId)!,
          fromStatus: "DRAFT",
          toStatus: "SUBMITTED",
          reviewDueDate,
          actorId: drafts[0]!.person.actor.id,
          note: null,
          at: AT,
        });
      const noSuchDay = "2025-02-30"; // PostgreSQL refuses the date, and with it the whole statement
      const outcome = await Promise.allSettled([
        write(drafts[0]!.applicationId, "2025-05-20"),
        write(drafts[1]!.applicationId, noSuchDay),
        write(drafts[2]!.applicationId, "2025-05-20"),
      ]);
      expect(outcome.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
      expect(outcome.filter((o) => o.status === "fulfilled").map((o) => o.value)).toEqual([true, true]);
      expect(await submittedEvents([drafts[0]!.applicationId, drafts[2]!.applicationId])).toBe(2);
      expect(
        await db.application.findUniqueOrThrow({ where: { id: drafts[1]!.applicationId }, select: { status: true } }),
      ).toEqual({
        status: "DRAFT",
      });
    },
    HEAVY_TIMEOUT_MS,
  );
});
