import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { previewRoster } from "@/lib/server/institution/roster/preview-roster";
import { submitRoster } from "@/lib/server/institution/roster/submit-roster";
import { AT, TODAY, pick, tolerate, type CrashOperation } from "./shared";

/** The institution user of this run, looked up by login so the worker needs no factory modules. */
async function institution(tag: string): Promise<Actor> {
  const org = await db.institution.findUniqueOrThrow({
    where: { name: "四川省大数据产业联合会" },
    select: { id: true, name: true },
  });
  const login = `inst-${tag}`;
  const user = await db.user.upsert({
    where: { login },
    create: { kind: "INSTITUTION", login, displayName: org.name, passwordHash: "x", institutionId: org.id },
    update: {},
    select: { id: true },
  });
  return { id: user.id, kind: "INSTITUTION", displayName: org.name, roles: [], institutionId: org.id, candidateId: null };
}
const ROSTER_ROWS = 40;

/** Roster uploads are tagged by file name; their ID numbers by the rows of the stored file. */
const roster: CrashOperation = {
  prepare: async (tag, count) => {
    const [{ gbkCsv, goodRow }, { batchId, uniqueIdNumber }] = await Promise.all([
      import("../../institution/support/roster"),
      import("../../support/factories"),
    ]);
    const actor = await institution(tag);
    const batch = await batchId(5);
    for (let i = 0; i < Math.min(count, 60); i++) {
      // CSV as Excel saves it (GBK): quicker to make than xlsx, read by the same checks.
      const rows = Array.from({ length: ROSTER_ROWS }, () => goodRow(uniqueIdNumber(), "张三", { employer: tag }));
      await previewRoster(actor, { batchId: batch, bytes: new Uint8Array(gbkCsv(rows)), fileName: `${tag}-${i}.csv` }, TODAY);
    }
  },
  step: async (tag) => {
    const id = pick(
      await db.rosterUpload.findMany({
        where: { originalName: { startsWith: `${tag}-` }, submittedAt: null },
        select: { id: true },
      }),
    );
    if (!id) return false;
    await tolerate(async () => submitRoster(await institution(tag), { uploadId: id, pledge: true }, TODAY, AT));
    return true;
  },
  check: async (tag) => {
    const problems: string[] = [];
    const uploads = await db.rosterUpload.findMany({
      where: { originalName: { startsWith: `${tag}-` } },
      select: { id: true, submittedAt: true, storedCount: true, createdAt: true },
    });
    const stored = await db.application.count({ where: { employer: tag } });
    const expected = uploads.filter((u) => u.submittedAt).length * ROSTER_ROWS;
    if (stored !== expected)
      problems.push(`${stored} applications stored for ${expected / ROSTER_ROWS} submitted rosters of ${ROSTER_ROWS} rows`);
    for (const u of uploads)
      if (u.submittedAt ? u.storedCount !== ROSTER_ROWS : u.storedCount !== null)
        problems.push(`${u.id}: submitted ${String(u.submittedAt)} with ${u.storedCount} stored`);
    const events = await db.applicationEvent.count({ where: { application: { employer: tag } } });
    if (events !== stored) problems.push(`${events} events for ${stored} applications`);
    return problems;
  },
  finish: async (tag) => {
    while (await roster.step(tag));
  },
};

export default roster;
