import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ROSTER_LIMITS } from "@/lib/domain/roster/zip-limits";
import type { Actor } from "@/lib/server/auth/session";
import type { RosterPreviewDto } from "@/lib/server/institution/roster/preview-roster";
import type { RosterImportStatus } from "@/lib/server/institution/roster/roster-import-status";
import { batchId, createInstitutionActor, uniqueIdNumber } from "../support/factories";
import { ensureCatalog } from "../support/seed";
import { fillTemplate, goodRow } from "./support/roster";
import { breakingBody, ORIGIN, tusClient } from "./support/tus";
import type * as RouteModule from "@/app/api/institution/uploads/[[...tus]]/route";
import type * as RosterStatusModule from "@/app/api/institution/roster-imports/[id]/route";
import type * as ArchiveStatusModule from "@/app/api/institution/archive-imports/[id]/route";
import type * as RosterActions from "@/app/[locale]/institution/roster/actions";
import type * as WorkerModule from "@/lib/server/institution/archive/run-archive-imports";

// Issue 13, ADR 117: rosters go up through the same tus route as archives (kind "roster"), are
// read and checked in the background, and the page gets the same preview as the one-request form.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string }; sv?: number } }));
vi.mock("@/auth", () => ({ auth: () => Promise.resolve(session.current) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const tusDir = mkdtempSync(path.join(tmpdir(), "portal-tus-roster-"));
process.env.PORTAL_TUS_DIR = tusDir;

let tus: typeof RouteModule;
let rosterStatus: typeof RosterStatusModule;
let archiveStatus: typeof ArchiveStatusModule;
let actions: typeof RosterActions;
let worker: typeof WorkerModule;
/** Imports the handlers afresh: a new tus server that knows only what is on disk, as after a restart. */
async function startServer() {
  vi.resetModules();
  tus = await import("@/app/api/institution/uploads/[[...tus]]/route");
  rosterStatus = await import("@/app/api/institution/roster-imports/[id]/route");
  archiveStatus = await import("@/app/api/institution/archive-imports/[id]/route");
  actions = await import("@/app/[locale]/institution/roster/actions");
  worker = await import("@/lib/server/institution/archive/run-archive-imports");
}
const { create, patch, head } = tusClient(() => tus);
const signIn = (actor: Actor | null) => {
  session.current = actor ? { user: { id: actor.id }, sv: 0 } : null;
};
const asRoster = (batch: string, filename = "花名册.xlsx") => ({ batchId: batch, kind: "roster", filename });

async function readStatus(id: string): Promise<{ http: number; body: RosterImportStatus }> {
  const answer = await rosterStatus.GET(new Request(`${ORIGIN}/api/institution/roster-imports/${id}`), {
    params: Promise.resolve({ id }),
  });
  return { http: answer.status, body: (await answer.json()) as RosterImportStatus };
}

/** The one-request form's answer for the same file (the fallback without JavaScript). */
async function formAnswer(batch: string, bytes: Uint8Array, name: string) {
  const form = new FormData();
  form.set("batchId", batch);
  form.set("file", new File([Buffer.from(bytes)], name));
  return actions.previewRosterAction(null, form);
}

/** Sends `bytes` whole in pieces of `chunk`, from `from`; every PATCH must be taken. */
async function sendRest(location: string, bytes: Uint8Array, from: number, chunk: number) {
  for (let at = from; at < bytes.byteLength;) {
    const piece = bytes.subarray(at, Math.min(bytes.byteLength, at + chunk));
    expect((await patch(location, at, piece)).status).toBe(204);
    at += piece.byteLength;
  }
}

let batch5: string;
let owner: Actor;

beforeAll(async () => {
  await ensureCatalog();
  process.env.AUTH_SECRET ??= "integration-secret-integration-secret";
  // Registration of batch 5 is open (三).
  process.env.PORTAL_NOW = "2025-05-08T11:00:00+08:00";
  batch5 = await batchId(5);
  owner = await createInstitutionActor("四川省大数据产业联合会");
  await startServer();
});
beforeEach(() => signIn(null));
afterAll(() => {
  delete process.env.PORTAL_NOW;
  rmSync(tusDir, { recursive: true, force: true });
});

describe("rosters through tus (ADR 117): resumable, checked in the background, the same preview as the form", () => {
  it("goes up in pieces, survives a broken PATCH and a restart, and previews exactly as the form does; the valid rows are then submitted", async () => {
    const { rosterTemplate } = await import("@/lib/server/institution/roster/roster-downloads");
    const good = Array.from({ length: 30 }, (_, i) =>
      goodRow(uniqueIdNumber(), `续传${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"子丑寅"[Math.floor(i / 10)]}`),
    );
    const right = uniqueIdNumber();
    const bad = goodRow(`${right.slice(0, 17)}${right.endsWith("0") ? "1" : "0"}`, "号码有误"); // a wrong check digit
    const file = new Uint8Array(await fillTemplate((await rosterTemplate(owner)).bytes, [...good, bad]));
    const chunk = 4096;
    expect(file.byteLength).toBeGreaterThan(3 * chunk);

    signIn(owner);
    const created = await create(file.byteLength, asRoster(batch5));
    expect(created.status).toBe(201);
    const location = created.headers.get("location")!;
    const id = location.split("/").pop()!;
    expect(await db.archiveImport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "ROSTER",
      fileName: "花名册.xlsx",
      institutionId: owner.institutionId,
      status: "UPLOADING",
    });
    expect((await patch(location, 0, file.subarray(0, chunk))).status).toBe(204);
    // The next piece breaks half way, and the server restarts: HEAD says where to go on.
    await patch(location, chunk, breakingBody(file.subarray(chunk, chunk + 1500))).catch(() => undefined);
    await startServer();
    const offset = Number((await head(location)).headers.get("upload-offset"));
    expect(offset).toBeGreaterThanOrEqual(chunk);
    expect(offset).toBeLessThan(file.byteLength);
    // Nothing is read before the last byte.
    expect((await readStatus(id)).body).toMatchObject({ status: "UPLOADING", result: null });
    // Checked before the last PATCH is answered: the page's first poll finds the preview.
    await sendRest(location, file, offset, chunk);

    const { http, body } = await readStatus(id);
    expect(http).toBe(200);
    expect(body.status).toBe("DONE");
    const result = body.result!;
    if (!result.ok) throw new Error(JSON.stringify(result));
    const preview: RosterPreviewDto = result.data;
    expect(preview).toMatchObject({ fileName: "花名册.xlsx", format: "xlsx", rows: 31, valid: 30, invalid: 1 });
    expect(preview.problemRows.map((r) => r.name)).toEqual(["号码有误"]);
    // The same file through the one-request form (the fallback): the same preview but for its own upload id.
    const form = await formAnswer(batch5, file, "花名册.xlsx");
    if (!form.ok) throw new Error(JSON.stringify(form));
    expect({ ...preview, uploadId: "" }).toEqual({ ...form.data, uploadId: "" });
    // The pieces are gone once read; the preview (it names candidates) is encrypted at rest.
    expect(existsSync(path.join(tusDir, id))).toBe(false);
    const [raw] = await db.$queryRaw<{ sealed: string }[]>`SELECT report AS sealed FROM "ArchiveImport" WHERE id = ${id}`;
    expect(raw!.sealed).toMatch(/^pe1:/);
    expect(raw!.sealed).not.toContain("号码有误");
    // The attachments page never takes a roster for an archive import.
    const { latestArchiveImportId } = await import("@/lib/server/institution/archive/archive-status");
    expect(await latestArchiveImportId(owner, batch5, new Date("2025-05-08T04:00:00Z"))).not.toBe(id);
    expect((await archiveStatus.GET(new Request(`${ORIGIN}/x`), { params: Promise.resolve({ id }) })).status).toBe(404);

    // Step two is the form's, unchanged: the 30 valid rows become drafts.
    const submitted = new FormData();
    submitted.set("uploadId", preview.uploadId);
    submitted.set("pledge", "on");
    expect(await actions.submitRosterAction(null, submitted)).toEqual({
      ok: true,
      data: { uploadId: preview.uploadId, stored: 30, skipped: 1 },
    });
  });

  it("a roster the form refuses is refused the same way, with the same reasons", async () => {
    const headless = new TextEncoder().encode("姓名,手机号码\r\n张三,13912345678\r\n");
    signIn(owner);
    const location = (await create(headless.byteLength, asRoster(batch5, "名单.csv"))).headers.get("location")!;
    expect((await patch(location, 0, headless)).status).toBe(204);
    const { body } = await readStatus(location.split("/").pop()!);
    expect(body.status).toBe("FAILED");
    const form = await formAnswer(batch5, headless, "名单.csv");
    expect(form.ok).toBe(false);
    expect(body.result).toEqual(form.ok ? null : { ...form, values: {} });
    expect(body.result).toMatchObject({ ok: false, formError: { key: "institution.errors.roster.headers" } });
  });

  it("one limit for rosters on both paths, no unknown kind, and the uploader's institution alone sees the preview", async () => {
    signIn(owner);
    const before = await db.archiveImport.count({ where: { institutionId: owner.institutionId! } });
    expect((await create(ROSTER_LIMITS.maxFileBytes + 1, asRoster(batch5))).status).toBe(413);
    expect((await create(1000, { batchId: batch5, kind: "photos" })).status).toBe(400);
    expect(await db.archiveImport.count({ where: { institutionId: owner.institutionId! } })).toBe(before);
    // An archive may be far larger than a roster: the limit is the kind's.
    expect((await create(ROSTER_LIMITS.maxFileBytes + 1, { batchId: batch5 })).status).toBe(201);

    const location = (await create(1000, asRoster(batch5))).headers.get("location")!;
    const id = location.split("/").pop()!;
    signIn(await createInstitutionActor("四川省科教兴川促进会"));
    expect((await readStatus(id)).http).toBe(404);
    expect((await head(location)).status).toBe(404);
    expect((await patch(location, 0, new Uint8Array(10))).status).toBe(404);
  });

  it("a roster whose upload finished but was not checked (a restart) is checked by the background worker", async () => {
    const { rosterTemplate } = await import("@/lib/server/institution/roster/roster-downloads");
    const file = await fillTemplate((await rosterTemplate(owner)).bytes, [goodRow(uniqueIdNumber(), "重启后检查")]);
    const id = crypto.randomUUID();
    writeFileSync(path.join(tusDir, id), file);
    await db.archiveImport.create({
      data: {
        id,
        kind: "ROSTER",
        fileName: "r.xlsx",
        institutionId: owner.institutionId!,
        userId: owner.id,
        batchId: batch5,
        size: file.byteLength,
        status: "QUEUED",
      },
    });
    await worker.kickArchiveImports();
    signIn(owner);
    expect((await readStatus(id)).body).toMatchObject({ status: "DONE", result: { ok: true, data: { valid: 1 } } });
    expect(existsSync(path.join(tusDir, id))).toBe(false);
  });
});
