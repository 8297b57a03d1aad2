import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { NoticeTable, type NoticeLabels } from "@/components/public/notice-table";
import { parseIdNumber } from "@/lib/domain/id-number";
import { addDays } from "@/lib/domain/iso-date";
import { correctScore } from "@/lib/server/results/correct-score";
import { importScores } from "@/lib/server/results/import-scores";
import { listPublicNotices } from "@/lib/server/results/list-notice";
import { publishNotice } from "@/lib/server/results/publish-notice";
import { createBatch, officer } from "@/tests/integration/staff/exam/factories";
import { noticeDates, publishedPlan, satPlan, scoreSheet } from "@/tests/integration/staff/exam/results-factories";
import { ensureCatalog } from "@/tests/integration/support/seed";

beforeAll(ensureCatalog);

const labels: NoticeLabels = {
  period: (s, e) => `公示期：${s} 至 ${e}`,
  planTitle: (p) => p.project.name,
  ticket: "准考证号",
  name: "姓名",
  idNumber: "身份证号",
  project: "考核项目",
  score: "成绩",
  resultHeader: "结果",
  result: { pass: "合格", fail: "不合格", absent: "缺考" },
  absentScore: "—",
  corrected: "（已更正）",
  count: (n) => `共 ${n} 人`,
};

/** Every 18-character run that is a valid resident ID number (GB 11643 check character included). */
function fullIdNumbers(text: string): string[] {
  return [...text.matchAll(/\d{17}[\dXx]/g)].map((m) => m[0]).filter((id) => parseIdNumber(id, "2100-01-01").ok);
}

describe("八 成绩公示 (public): masked on the server, only during the notice period", () => {
  it("lists ticket, masked name, masked ID, result; the HTML and the props carry no full ID number", async () => {
    const batch = await createBatch("2025-07-12");
    const { tickets, apps } = await satPlan(batch, 13, ["欧阳娜娜", "李四", "王五"]);
    const actor = await officer();
    await importScores(
      actor,
      batch.id,
      await scoreSheet([
        [tickets[0]!, 92],
        [tickets[1]!, 40],
        [tickets[2]!, "缺考"],
      ]),
      "2025-07-12",
    );
    const { start, end } = noticeDates("2025-07-12");
    await publishNotice(actor, { batchId: batch.id }, start, new Date(`${start}T02:00:00Z`), { confirm: true });

    const notices = await listPublicNotices(start);
    const mine = notices.find((n) => n.batch.seq === batch.seq && n.batch.year === 2025)!;
    expect(mine).toMatchObject({ publishedOn: start, noticeEnd: end });
    expect(mine.entries.map((e) => [e.maskedName, e.score, e.result])).toEqual([
      ["欧**娜", 92, "pass"],
      ["李*", 40, "fail"],
    ]); // 王五 did not sit (缺考): only those who sat are on the notice (八, issue 12 item 7)
    expect(mine.entries[0]!.maskedIdNumber).toBe(`${apps[0]!.idNumber.slice(0, 3)}***********${apps[0]!.idNumber.slice(-4)}`);

    const html = renderToStaticMarkup(createElement(NoticeTable, { plans: notices, labels, locale: "zh-CN" }));
    const props = JSON.stringify(notices);
    for (const text of [html, props]) {
      expect(fullIdNumbers(text)).toEqual([]);
      for (const a of apps) {
        expect(text).not.toContain(a.idNumber);
        expect(text).not.toContain(a.idNumber.slice(6, 14)); // not even the birth date
      }
      expect(text).not.toContain("欧阳娜娜");
    }
    expect(html).toContain("欧**娜");
    // The scan itself finds a real number: the test would catch one.
    expect(fullIdNumbers(`<td>${apps[0]!.idNumber}</td>`)).toEqual([apps[0]!.idNumber]);

    // Outside the period the plan is not listed.
    expect((await listPublicNotices(addDays(start, -1))).some((n) => n.planId === mine.planId)).toBe(false);
    expect((await listPublicNotices(addDays(end, 1))).some((n) => n.planId === mine.planId)).toBe(false);
    expect((await listPublicNotices(end)).some((n) => n.planId === mine.planId)).toBe(true);
  });
});

describe("八 成绩更正 on the public notice (ADR 047): the corrected result, masked on the server", () => {
  it("lists the new score and result with 已更正, and no full ID number", async () => {
    const { plan, apps, actor, start } = await publishedPlan("2025-08-02", 1);
    await correctScore(
      actor,
      {
        applicationId: apps[1]!.id,
        expected: { score: 55, absent: false },
        seen: 0,
        after: { score: 61, absent: false },
        reason: "复核更正",
        revokeCertificate: false,
      },
      new Date("2025-07-20T02:00:00Z"),
    );
    const notices = await listPublicNotices(start);
    const mine = notices.find((n) => n.planId === plan)!;
    expect(mine.entries.map((e) => [e.maskedName, e.score, e.result, e.corrected])).toEqual([
      ["张*", 75, "pass", false],
      ["李*", 61, "pass", true],
    ]); // 王五 (缺考) is not on the notice: only those who sat (八)
    const html = renderToStaticMarkup(createElement(NoticeTable, { plans: [mine], labels, locale: "zh-CN" }));
    expect(html).toContain("（已更正）");
    for (const text of [html, JSON.stringify(mine)]) {
      expect(fullIdNumbers(text)).toEqual([]);
      for (const a of apps) expect(text).not.toContain(a.idNumber);
    }
  });
});
