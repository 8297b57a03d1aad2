import { AppError } from "@/lib/app-error";
import type { Db } from "@/lib/db";
import { startApplication } from "@/lib/server/applications/start-application";
import { freshBatch } from "../staff/review/factories";
import { createCandidate, fillDraft } from "../support/factories";

/** How a batch of parallel calls ended: the values, and the refusals by code. */
export interface Settled<T> {
  values: T[];
  refusals: Record<string, number>;
  /** Anything that is not an AppError: a bug, or the pool giving up (Prisma P2028). */
  crashes: string[];
}

export async function settle<T>(calls: readonly (() => Promise<T>)[]): Promise<Settled<T>> {
  const results = await Promise.allSettled(calls.map((call) => call()));
  const settled: Settled<T> = { values: [], refusals: {}, crashes: [] };
  for (const result of results) {
    if (result.status === "fulfilled") settled.values.push(result.value);
    else if (result.reason instanceof AppError)
      settled.refusals[result.reason.code] = (settled.refusals[result.reason.code] ?? 0) + 1;
    else settled.crashes.push(describe(result.reason));
  }
  return settled;
}

function describe(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const message = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error);
  return `${code} ${message ?? ""}`.trim();
}

/**
 * Runs `run` with lib/db's shared client swapped for `client` (lib/db.ts keeps it on
 * globalThis.portalDb): the real use cases against another database, e.g. one without a
 * constraint, for a canary.
 */
export async function withDbClient<T>(client: Db, run: () => Promise<T>): Promise<T> {
  const holder = globalThis as unknown as { portalDb?: Db };
  const previous = holder.portalDb;
  holder.portalDb = client;
  try {
    return await run();
  } finally {
    holder.portalDb = previous;
  }
}

let draftBatch: Promise<string> | undefined;

/** A draft that passes every check of submit, of a new candidate, in a batch of its own. */
export async function completeDraft() {
  draftBatch ??= freshBatch().then((b) => b.id);
  const person = await createCandidate();
  const { applicationId } = await startApplication(person.actor, { batchId: await draftBatch, projectSeq: 1 }, "2025-05-08");
  await fillDraft(person.actor, applicationId);
  return { person, applicationId };
}
