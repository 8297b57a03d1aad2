import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDbClient, type Db } from "@/lib/db-client";
import { withCheckDigit } from "@/lib/domain/id-number";
import type { Actor } from "@/lib/server/auth/session";
import { startApplication } from "@/lib/server/applications/start-application";
import { submitApplication } from "@/lib/server/applications/submit-application";
import { seedCatalog } from "@/prisma/seed/catalog";
import { migrate } from "@/scripts/db/migrate";
import { createScratchDatabase, type Scratch } from "../db/scratch";
import { freshBatch } from "../staff/review/factories";
import { createCandidate } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { completeDraft, settle, withDbClient } from "./support";

// Hundreds of transactions at once: minutes on a loaded 2-core machine, not the default minute.
const HEAVY_TIMEOUT_MS = 300_000;

// 四(二)3 "同一考生同一计划只能报名一次": the unique index Application(planId, candidateId) is the
// guarantee, the use case's catch of P2002 the friendly answer. These tests press the same
// button 200 times at once and count rows; the canary first proves they can see a race.

const TODAY = "2025-05-08"; // batch 5's registration window (三)
const AT = new Date("2025-05-08T02:00:00Z");
const PARALLEL = 200;
const ROUNDS = 20;
/** A round of 200: 5 s at a load average of 10, over 15 s at 20 (issue 15); four times that. */
const ROUND_LIMIT_MS = 60_000;

beforeAll(ensureCatalog);

describe("200 identical applications at once", () => {
  it(
    `${ROUNDS} rounds of ${PARALLEL} parallel starts by one candidate into one new plan: one application each time`,
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const batch = await freshBatch(); // a new plan too, so the plan's upsert races as well
        const person = await createCandidate();
        const outcome = await settle(
          Array.from(
            { length: PARALLEL },
            () => () => startApplication(person.actor, { batchId: batch.id, projectSeq: 1 }, TODAY),
          ),
        );
        expect(outcome.crashes, `round ${round}`).toEqual([]);
        expect(new Set(outcome.values.map((v) => v.applicationId)).size, `round ${round}`).toBe(1);
        expect(await db.application.count({ where: { candidateId: person.candidateId } }), `round ${round}`).toBe(1);
        expect(
          await db.applicationEvent.count({ where: { application: { candidateId: person.candidateId } } }),
          `round ${round}`,
        ).toBe(1);
      }
    },
    // Vitest's limit only ends a hung run, so it covers each round (4,000 transactions in all):
    // under a load average of 20 on the shared 2-core machine, the 20 rounds overran a flat 300 s.
    ROUNDS * ROUND_LIMIT_MS,
  );

  it(
    "20 parallel submits of one complete draft (tabs, double clicks), 5 rounds: one submission, one event, the rest refused",
    async () => {
      for (let round = 0; round < 5; round++) {
        const { person, applicationId } = await completeDraft();
        const outcome = await settle(
          Array.from({ length: 20 }, () => () => submitApplication(person.actor, applicationId, TODAY, AT)),
        );
        expect(outcome.crashes, `round ${round}`).toEqual([]);
        expect(outcome.values).toHaveLength(1);
        expect(outcome.refusals).toEqual({ CONFLICT: 19 });
        expect(await db.applicationEvent.count({ where: { applicationId, toStatus: "SUBMITTED" } })).toBe(1);
        expect((await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true } })).status).toBe(
          "SUBMITTED",
        );
      }
    },
    HEAVY_TIMEOUT_MS,
  );

  // Three times the pool (lib/db-client.ts: 10 connections): a transaction that asks the pool for a
  // second connection while holding one deadlocks here, every call ending in P2028.
  it(
    "30 candidates submit at once: every one stored (a transaction never waits for a second pooled connection)",
    async () => {
      const drafts = [];
      for (let i = 0; i < 30; i++) drafts.push(await completeDraft());
      const outcome = await settle(
        drafts.map(
          ({ person, applicationId }) =>
            () =>
              submitApplication(person.actor, applicationId, TODAY, AT),
        ),
      );
      expect(outcome.crashes).toEqual([]);
      expect(outcome.values).toHaveLength(30);
      const ids = drafts.map((d) => d.applicationId);
      expect(await db.application.count({ where: { id: { in: ids }, status: "SUBMITTED" } })).toBe(30);
      expect(await db.applicationEvent.count({ where: { applicationId: { in: ids }, toStatus: "SUBMITTED" } })).toBe(30);
    },
    HEAVY_TIMEOUT_MS,
  );
});

describe("canary: the same test on a database without the unique index sees duplicates", () => {
  let scratch: Scratch;
  let client: Db;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    await migrate(scratch.url);
    client = createDbClient(scratch.url);
    await seedCatalog(client);
    await scratch.query(`DROP INDEX "Application_planId_candidateId_key"`);
  });
  afterAll(async () => {
    await client?.$disconnect();
    await scratch?.drop();
  });

  it(
    "200 parallel starts store more than one application for the same person and plan",
    async () => {
      let duplicates = 0;
      // Allowed a few rounds: a race that never shows would make the test above prove nothing.
      for (let round = 0; round < 3 && duplicates === 0; round++) {
        const idNumber = withCheckDigit(`51010419900101${String(100 + round)}`);
        const user = await client.user.create({
          data: { kind: "CANDIDATE", login: idNumber, displayName: "金丝雀", passwordHash: "x" },
          select: { id: true },
        });
        const candidate = await client.candidate.create({
          data: { idNumber, name: "金丝雀", userId: user.id },
          select: { id: true },
        });
        const actor: Actor = {
          id: user.id,
          kind: "CANDIDATE",
          displayName: "金丝雀",
          roles: [],
          institutionId: null,
          candidateId: candidate.id,
        };
        const batch = await client.batch.findUniqueOrThrow({ where: { year_seq: { year: 2025, seq: 5 } }, select: { id: true } });
        await withDbClient(client, () =>
          settle(
            Array.from({ length: PARALLEL }, () => () => startApplication(actor, { batchId: batch.id, projectSeq: 1 }, TODAY)),
          ),
        );
        duplicates = (await client.application.count({ where: { candidateId: candidate.id } })) - 1;
      }
      expect(duplicates).toBeGreaterThan(0);
    },
    HEAVY_TIMEOUT_MS,
  );
});
