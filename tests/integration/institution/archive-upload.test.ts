import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { MAX_ARCHIVE_UPLOAD_BYTES } from "@/lib/domain/request-limits";
import type { Actor } from "@/lib/server/auth/session";
import { makeJpeg, makePdf, sizeKb } from "@/tests/support/files";
import { ensureCatalog } from "../support/seed";
import { batchId, createCandidate, createInstitutionActor } from "../support/factories";
import { registerThroughRoster } from "./support/people";
import { breakingBody, ORIGIN, tusClient } from "./support/tus";
import { makeZip } from "./support/zip";
import type * as RouteModule from "@/app/api/institution/uploads/[[...tus]]/route";
import type * as StatusModule from "@/app/api/institution/archive-imports/[id]/route";
import type * as WorkerModule from "@/lib/server/institution/archive/run-archive-imports";

// The tus route handler with a mocked next-auth session (ARCHITECTURE "Tests"), its pieces in a folder of this test.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const tusDir = mkdtempSync(path.join(tmpdir(), "portal-tus-"));
process.env.PORTAL_TUS_DIR = tusDir;

let tus: typeof RouteModule;
let status: typeof StatusModule;
let worker: typeof WorkerModule;
/** Imports the handlers afresh: a new tus server that knows only what is on disk, as after a restart. */
async function startServer() {
  vi.resetModules();
  tus = await import("@/app/api/institution/uploads/[[...tus]]/route");
  status = await import("@/app/api/institution/archive-imports/[id]/route");
  worker = await import("@/lib/server/institution/archive/run-archive-imports");
}

const signIn = (actor: Actor | null) => {
  session.current = actor ? { user: { id: actor.id }, sv: 0 } : null;
};
const client = tusClient(() => tus);
const create = (length: number, batch: string) => client.create(length, { batchId: batch, filename: "scans.zip" });
const { patch, head } = client;

let batch5: string;
let jpeg: Uint8Array;
let pdf: Uint8Array;
const SCANS = ["申报表", "承诺书", "学历证明", "身份证正面", "身份证反面"] as const;

beforeAll(async () => {
  await ensureCatalog();
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  process.env.PORTAL_NOW = "2025-05-08T11:00:00+08:00";
  batch5 = await batchId(5);
  jpeg = await makeJpeg({ targetBytes: sizeKb(250), seed: 11 });
  pdf = makePdf(sizeKb(240));
  await startServer();
});
beforeEach(() => signIn(null));
afterAll(() => {
  delete process.env.PORTAL_NOW;
  rmSync(tusDir, { recursive: true, force: true });
});

describe("resumable archives (tus, ADR 108): in pieces, interrupted, resumed after a restart, imported in the background", () => {
  it("a signed-in institution uploads in chunks, survives a broken PATCH and a restart, and the import matches the files", async () => {
    const owner = await createInstitutionActor();
    const [a] = await registerThroughRoster(owner, ["续传甲"]);
    const zip = makeZip([
      { name: `${a!.idNumber}_照片.jpg`, data: jpeg, method: "store" },
      ...SCANS.map((t) => ({ name: `${a!.idNumber}_${t}.pdf`, data: pdf })),
    ]);
    signIn(owner);
    const created = await create(zip.byteLength, batch5);
    expect(created.status).toBe(201);
    const location = created.headers.get("location")!;
    expect(location).toMatch(/^\/api\/institution\/uploads\/[0-9a-f-]{36}$/);
    const id = location.split("/").pop()!;
    expect(await db.archiveImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      institutionId: owner.institutionId,
      status: "UPLOADING",
    });

    const chunk = 256 * 1024;
    const first = await patch(location, 0, zip.subarray(0, chunk));
    expect(first.status).toBe(204);
    expect(first.headers.get("upload-offset")).toBe(String(chunk));

    // The next piece breaks half way: whatever arrived is kept, and HEAD says where to go on.
    await patch(location, chunk, breakingBody(zip.subarray(chunk, chunk + 100_000))).catch(() => undefined);
    await startServer(); // and the server restarts: only the disk remembers
    const offset = Number((await head(location)).headers.get("upload-offset"));
    expect(offset).toBeGreaterThanOrEqual(chunk);
    expect(offset).toBeLessThan(zip.byteLength);

    // Resumed from the server's offset; a wrong offset is refused (409) rather than corrupting the file.
    expect((await patch(location, 0, zip.subarray(0, 10))).status).toBe(409);
    let at = offset;
    while (at < zip.byteLength) {
      const piece = zip.subarray(at, Math.min(zip.byteLength, at + chunk));
      const answer = await patch(location, at, piece);
      expect(answer.status).toBe(204);
      at += piece.byteLength;
    }
    expect((await db.archiveImport.findUniqueOrThrow({ where: { id } })).status).not.toBe("UPLOADING");
    await worker.kickArchiveImports();

    const answer = await status.GET(new Request(`${ORIGIN}/api/institution/archive-imports/${id}`), {
      params: Promise.resolve({ id }),
    });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as {
      status: string;
      entriesDone: number;
      entriesTotal: number;
      report: { stored: { name: string }[] };
    };
    expect(body.status).toBe("DONE");
    expect(body.entriesDone).toBe(6);
    expect(body.entriesTotal).toBe(6);
    expect(body.report.stored.map((s) => s.name)).toEqual(Array(6).fill("续传甲"));
    expect(await db.attachment.count({ where: { applicationId: a!.applicationId } })).toBe(6);
    expect((await db.application.findUniqueOrThrow({ where: { id: a!.applicationId } })).status).toBe("SUBMITTED");
    // The pieces are gone once read; the report is encrypted at rest (it names the candidate).
    expect(existsSync(path.join(tusDir, id))).toBe(false);
    const [raw] = await db.$queryRaw<{ sealed: string }[]>`SELECT report AS sealed FROM "ArchiveImport" WHERE id = ${id}`;
    expect(raw!.sealed).toMatch(/^pe1:/);
    expect(raw!.sealed).not.toContain(a!.idNumber);
    // After a reload the page shows this import again; another institution's page does not.
    const { latestArchiveImportId } = await import("@/lib/server/institution/archive/archive-status");
    const later = new Date("2025-05-08T04:00:00Z");
    expect(await latestArchiveImportId(owner, batch5, later)).toBe(id);
    expect(await latestArchiveImportId(await createInstitutionActor("四川省科教兴川促进会"), batch5, later)).toBeNull();
  });

  it("another institution can neither HEAD, PATCH nor read the status of the upload; no session, a candidate and a foreign origin are refused", async () => {
    const owner = await createInstitutionActor();
    signIn(owner);
    const location = (await create(1000, batch5)).headers.get("location")!;
    const id = location.split("/").pop()!;
    signIn(await createInstitutionActor("四川省科教兴川促进会"));
    expect((await head(location)).status).toBe(404);
    expect((await patch(location, 0, new Uint8Array(10))).status).toBe(404);
    const other = await status.GET(new Request(`${ORIGIN}/x`), { params: Promise.resolve({ id }) });
    expect(other.status).toBe(404);
    expect((await db.archiveImport.findUniqueOrThrow({ where: { id } })).status).toBe("UPLOADING");
    signIn(owner);
    expect((await head(location)).headers.get("upload-offset")).toBe("0");

    signIn(null);
    expect((await create(1000, batch5)).status).toBe(401);
    signIn((await createCandidate()).actor);
    expect((await create(1000, batch5)).status).toBe(403);
    signIn(owner);
    const foreign = await client.create(1000, { batchId: batch5 }, "https://evil.example");
    expect(foreign.status).toBe(403);
  });

  it("refuses an archive over the one limit, a missing size and a missing batch before storing anything", async () => {
    signIn(await createInstitutionActor());
    const before = await db.archiveImport.count();
    expect((await create(MAX_ARCHIVE_UPLOAD_BYTES + 1, batch5)).status).toBe(413);
    expect((await create(1000, "not-a-batch")).status).toBe(400);
    const deferred = await tus.POST(
      new Request(`${ORIGIN}/api/institution/uploads`, {
        method: "POST",
        headers: {
          host: "portal.test",
          origin: ORIGIN,
          "tus-resumable": "1.0.0",
          "upload-defer-length": "1",
          "upload-metadata": `batchId ${Buffer.from(batch5).toString("base64")}`,
        },
      }),
    );
    expect(deferred.status).toBe(400);
    expect(await db.archiveImport.count()).toBe(before);
  });

  it("a zip bomb uploaded in full is refused by the background import with the same message as today", async () => {
    const owner = await createInstitutionActor();
    const [a] = await registerThroughRoster(owner, ["续传乙"]);
    const bomb = makeZip([
      { name: `${a!.idNumber}_照片.jpg`, data: new Uint8Array(2 * 1024 * 1024), declaredSize: 4_000_000_000 },
    ]);
    signIn(owner);
    const location = (await create(bomb.byteLength, batch5)).headers.get("location")!;
    expect((await patch(location, 0, bomb)).status).toBe(204);
    await worker.kickArchiveImports();
    const id = location.split("/").pop()!;
    expect(await db.archiveImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      errorKey: "institution.errors.zip.entry-too-large",
    });
  });

  it("the due jobs remove an upload nobody resumed for a week (its pieces too) and month-old reports, and keep the rest", async () => {
    const { sweepArchiveUploads } = await import("@/lib/server/institution/archive/sweep-archive-uploads");
    const owner = await createInstitutionActor();
    const at = new Date("2025-05-20T03:00:00Z");
    const row = (status: "UPLOADING" | "DONE", daysAgo: number) => {
      const when = new Date(at.getTime() - daysAgo * 86_400_000);
      const id = crypto.randomUUID();
      return db.archiveImport
        .create({
          data: {
            id,
            institutionId: owner.institutionId!,
            userId: owner.id,
            batchId: batch5,
            size: 10,
            status,
            createdAt: when,
            updatedAt: when,
          },
        })
        .then(() => id);
    };
    const abandoned = await row("UPLOADING", 8);
    writeFileSync(path.join(tusDir, abandoned), "piece");
    const recent = await row("UPLOADING", 2);
    const oldReport = await row("DONE", 31);
    const newReport = await row("DONE", 3);
    await sweepArchiveUploads(at);
    const left = (await db.archiveImport.findMany({ where: { id: { in: [abandoned, recent, oldReport, newReport] } } })).map(
      (r) => r.id,
    );
    expect(left.sort()).toEqual([recent, newReport].sort());
    expect(existsSync(path.join(tusDir, abandoned))).toBe(false);
    await worker.kickArchiveImports();
  });
});
