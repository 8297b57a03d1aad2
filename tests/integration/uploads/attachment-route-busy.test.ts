import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as ReadOwnAttachment from "@/lib/server/applications/read-own-attachment";
import { attachFile } from "@/lib/server/applications/attach-file";
import { startApplication } from "@/lib/server/applications/start-application";
import { giveUploadConsent } from "@/lib/server/privacy/upload-consent";
import { makePdf, sizeKb } from "@/tests/support/files";
import { batchId, createCandidate } from "../support/factories";
import { ensureCatalog } from "../support/seed";

// The preview's GET of the candidate's own file (ADR 092) on a database too busy to answer in
// time: 503, which the preview asks again, not a 500 (ADR 149's busyTryAgain for routes).
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
const busy = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/server/applications/read-own-attachment", async (original) => {
  const real = await original<typeof ReadOwnAttachment>();
  return {
    ...real,
    readOwnAttachment: async (...args: Parameters<typeof real.readOwnAttachment>) => {
      if (busy.next) {
        busy.next = false;
        // A real expired transaction (Prisma P2028), as on a machine out of connections.
        const { db } = await import("@/lib/db");
        await db.$transaction(() => new Promise((resolve) => setTimeout(resolve, 50)), { timeout: 1 });
      }
      return real.readOwnAttachment(...args);
    },
  };
});
process.env.PORTAL_NOW = "2025-05-09T10:00:00+08:00"; // batch 5 of 2025: registration 5/6–5/13
const { GET } = await import("@/app/api/applications/[id]/attachments/[kind]/route");

beforeAll(ensureCatalog);

describe("GET /api/applications/<id>/attachments/<kind> on a busy database", () => {
  it("answers 503 with nothing stored or shown, and the same GET a moment later answers the file", async () => {
    const person = await createCandidate();
    const { applicationId } = await startApplication(person.actor, { batchId: await batchId(5), projectSeq: 2 }, "2025-05-09");
    await giveUploadConsent(person.actor);
    const pdf = makePdf(sizeKb(220));
    const outcome = await attachFile(
      person.actor,
      applicationId,
      "PLEDGE",
      { bytes: pdf, name: "pledge.pdf" },
      { autoFit: false },
      "2025-05-09",
    );
    expect(outcome.status).toBe("stored");
    session.current = { user: { id: person.actor.id }, sv: 0 };
    const get = () =>
      GET(new Request(`http://portal.test/api/applications/${applicationId}/attachments/PLEDGE`), {
        params: Promise.resolve({ id: applicationId, kind: "PLEDGE" }),
      });

    busy.next = true;
    const refused = await get();
    expect(refused.status).toBe(503);
    expect((await refused.arrayBuffer()).byteLength).toBe(0);

    const answered = await get();
    expect(answered.status).toBe(200);
    expect(new Uint8Array(await answered.arrayBuffer())).toEqual(new Uint8Array(pdf));
  });
});
