import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatTicketNumber } from "@/lib/domain/ticket-number";
import { importScores } from "@/lib/server/results/import-scores";
import { ensureCatalog } from "@/tests/integration/support/seed";
import { createBatch, officer, reviewer, snapshot } from "../exam/factories";
import { satPlan, xlsx, scoreSheet } from "../exam/results-factories";

beforeAll(ensureCatalog);

describe("八 成绩导入: xlsx or CSV, all or nothing", () => {
  it("[考务] imports an .xlsx: scores and 缺考 written, audited", async () => {
    const batch = await createBatch("2025-09-27");
    const { plan, tickets } = await satPlan(batch, 15, ["张三", "李四", "王五"]);
    const file = await xlsx([
      ["准考证号", "姓名", "成绩"],
      [tickets[0]!, "张三", 85],
      [tickets[1]!, "李四", "缺考"],
      [tickets[2]!, "王五", 59],
    ]);
    const actor = await officer();
    expect(await importScores(actor, batch.id, file, "2025-09-27")).toEqual({
      ok: true,
      imported: 3,
      passed: 1,
      absent: 1,
      stillMissing: 0,
    });
    const rows = await db.application.findMany({
      where: { planId: plan },
      orderBy: { ticketNumber: "asc" },
      select: { score: true, absent: true },
    });
    expect(rows).toEqual([
      { score: 85, absent: false },
      { score: null, absent: true },
      { score: 59, absent: false },
    ]);
    expect(await db.auditLog.count({ where: { action: "results.import", entityId: batch.id } })).toBe(1);
  });

  it("[考务] imports a CSV saved by Excel in GBK (Chinese names intact)", async () => {
    const batch = await createBatch("2025-10-25");
    const { plan, tickets } = await satPlan(batch, 16, ["欧阳娜娜", "李四"]);
    const csv = iconv.encode(`准考证号,姓名,成绩\r\n${tickets[0]},欧阳娜娜,60\r\n${tickets[1]},李四,缺考\r\n`, "gbk");
    expect(await importScores(await officer(), batch.id, new Uint8Array(csv), "2025-10-27")).toMatchObject({
      ok: true,
      imported: 2,
      passed: 1,
      absent: 1,
    });
    expect(
      (await db.application.findMany({ where: { planId: plan }, select: { score: true } })).map((r) => r.score).sort(),
    ).toEqual([60, null]);
  });

  it("[考务] any bad row: every problem listed with its row, and not one score written", async () => {
    const batch = await createBatch("2025-11-22");
    const { plan, tickets } = await satPlan(batch, 17, ["张三", "李四", "王五"]);
    const other = await createBatch("2025-11-29");
    const elsewhere = await satPlan(other, 17, ["赵六"]);
    const before = await snapshot(plan);
    const actor = await officer();
    const sheet = await xlsx([
      ["准考证号", "姓名", "成绩"],
      [tickets[0]!, "张三", 88],
      [tickets[1]!, "李四", 101],
      [tickets[2]!, "王六", 70],
      [elsewhere.tickets[0]!, "赵六", 70],
      [formatTicketNumber({ year: 2025, batchSeq: batch.seq, projectSeq: 17, sequence: 99 }), "无名", 70],
    ]);
    const first = await importScores(actor, batch.id, sheet, "2025-11-22");
    expect(first).toEqual({ ok: false, problems: [{ line: 3, issue: "score-out-of-range", value: "101" }] });
    const fixed = await xlsx([
      ["准考证号", "姓名", "成绩"],
      [tickets[0]!, "张三", 88],
      [tickets[2]!, "王六", 70],
      [elsewhere.tickets[0]!, "赵六", 70],
      [formatTicketNumber({ year: 2025, batchSeq: batch.seq, projectSeq: 17, sequence: 99 }), "无名", 70],
    ]);
    const second = await importScores(actor, batch.id, fixed, "2025-11-22");
    expect(second).toEqual({
      ok: false,
      problems: [
        { line: 3, issue: "name-mismatch", value: "王六" },
        { line: 4, issue: "ticket-not-in-batch", value: elsewhere.tickets[0] },
        { line: 5, issue: "ticket-unknown", value: expect.any(String) as string },
      ],
    });
    expect(await snapshot(plan)).toEqual(before);
    await expect(
      importScores(actor, batch.id, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), "2025-11-22"),
    ).rejects.toMatchObject({ message: "staffExam.import.file.xls" });
  });

  it("[考务] refused before the exam day; [审核员] refused always", async () => {
    const batch = await createBatch("2025-12-13");
    const { tickets } = await satPlan(batch, 18, ["张三"]);
    const file = await scoreSheet([[tickets[0]!, 80]]);
    await expect(importScores(await officer(), batch.id, file, "2025-12-12")).rejects.toMatchObject({
      code: "WINDOW_CLOSED",
      params: { date: "2025-12-13" },
    });
    await expect(importScores(await reviewer(), batch.id, file, "2025-12-13")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
