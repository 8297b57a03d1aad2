import { describe, expect, it } from "vitest";
import { isPass, MAX_SCORE_ROWS, normalizeCell, parseScoreSheet, PASS_MARK } from "./score-import";
import { formatTicketNumber } from "./ticket-number";

const t = (sequence: number) => formatTicketNumber({ year: 2025, batchSeq: 3, projectSeq: 1, sequence });
/** One wrong check digit: the last digit changed. */
const badCheck = (n: string) => n.slice(0, 10) + String((Number(n[10]) + 1) % 10);

describe("score-import: 八 百分制，60分（含）以上合格", () => {
  it("60 passes, 59 fails, absent never passes", () => {
    expect(PASS_MARK).toBe(60);
    expect(isPass({ score: 60, absent: false })).toBe(true);
    expect(isPass({ score: 100, absent: false })).toBe(true);
    expect(isPass({ score: 59, absent: false })).toBe(false);
    expect(isPass({ score: 0, absent: false })).toBe(false);
    expect(isPass({ score: null, absent: true })).toBe(false);
    expect(isPass({ score: null, absent: false })).toBe(false);
  });

  it("reads a sheet with a Chinese header, in any column order, with 缺考", () => {
    const result = parseScoreSheet([
      ["序号", "姓名", "成绩", "准考证号"],
      ["1", "张三", "85", t(1)],
      ["2", "李四", "缺考", t(2)],
      ["3", "王五", "60", t(3)],
    ]);
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, ticketNumber: t(1), score: 85, absent: false, name: "张三" },
        { line: 3, ticketNumber: t(2), score: null, absent: true, name: "李四" },
        { line: 4, ticketNumber: t(3), score: 60, absent: false, name: "王五" },
      ],
    });
  });

  it("reads a headerless sheet: A = ticket number, B = score", () => {
    const result = parseScoreSheet([
      [t(1), "0"],
      [t(2), "100"],
    ]);
    expect(result.ok && result.rows.map((r) => [r.ticketNumber, r.score, r.name])).toEqual([
      [t(1), 0, null],
      [t(2), 100, null],
    ]);
  });

  it("accepts a separate 是否缺考 column, spaces and full-width digits, 85.0, grouped ticket numbers", () => {
    const grouped = `${t(1).slice(0, 4)} ${t(1).slice(4, 6)} ${t(1).slice(6, 10)} ${t(1).slice(10)}`;
    const result = parseScoreSheet([
      ["准考证号", "成绩", "是否缺考"],
      [grouped, " ８５ ", ""],
      [t(2), "", "是"],
      [t(3), "72.0", "否"],
    ]);
    expect(result.ok && result.rows.map((r) => [r.ticketNumber, r.score, r.absent])).toEqual([
      [t(1), 85, false],
      [t(2), null, true],
      [t(3), 72, false],
    ]);
  });

  it("skips blank rows but keeps the spreadsheet's row numbers", () => {
    const result = parseScoreSheet([
      ["准考证号", "成绩"],
      ["", ""],
      [t(1), "61"],
    ]);
    expect(result.ok && result.rows[0]?.line).toBe(3);
  });

  it("lists every bad row with its row number, not just the first", () => {
    const result = parseScoreSheet([
      ["准考证号", "成绩"],
      [t(1), "85"],
      ["", "70"],
      ["123", "70"],
      [badCheck(t(4)), "70"],
      [t(1), "90"],
      [t(5), ""],
      [t(6), "八十"],
      [t(7), "85.5"],
      [t(8), "101"],
      [t(9), "-1"],
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, issue: "ticket-missing", value: "70" },
        { line: 4, issue: "ticket-format", value: "123" },
        { line: 5, issue: "ticket-checksum", value: badCheck(t(4)) },
        { line: 6, issue: "ticket-duplicate", value: t(1) },
        { line: 7, issue: "score-missing", value: "" },
        { line: 8, issue: "score-not-number", value: "八十" },
        { line: 9, issue: "score-not-integer", value: "85.5" },
        { line: 10, issue: "score-out-of-range", value: "101" },
        { line: 11, issue: "score-out-of-range", value: "-1" },
      ],
    });
  });

  it("refuses a score and a 缺考 mark on the same row", () => {
    const result = parseScoreSheet([
      ["准考证号", "成绩", "缺考"],
      [t(1), "70", "是"],
    ]);
    expect(result).toEqual({ ok: false, problems: [{ line: 2, issue: "score-and-absent", value: "70" }] });
  });

  it("refuses a sheet without the two columns, an empty sheet, a header-only sheet", () => {
    expect(
      parseScoreSheet([
        ["姓名", "分组"],
        ["张三", "A"],
      ]),
    ).toEqual({ ok: false, problems: [{ line: 1, issue: "header-missing" }] });
    expect(parseScoreSheet([])).toEqual({ ok: false, problems: [{ line: 0, issue: "empty" }] });
    expect(parseScoreSheet([[""], ["  "]])).toEqual({ ok: false, problems: [{ line: 0, issue: "empty" }] });
    expect(parseScoreSheet([["准考证号", "成绩"]])).toEqual({ ok: false, problems: [{ line: 0, issue: "empty" }] });
  });

  it("refuses a sheet far bigger than any batch", () => {
    const rows = Array.from({ length: MAX_SCORE_ROWS + 1 }, () => [t(1), "60"]);
    const result = parseScoreSheet([["准考证号", "成绩"], ...rows]);
    expect(result).toEqual({ ok: false, problems: [{ line: 0, issue: "too-many-rows", value: String(MAX_SCORE_ROWS + 1) }] });
  });

  it("recognises English headers too", () => {
    const result = parseScoreSheet([
      ["Ticket number", "Score", "Name"],
      [t(1), "absent", "Zhang San"],
    ]);
    expect(result.ok && result.rows[0]).toMatchObject({ absent: true, name: "Zhang San" });
  });

  it("normalizeCell turns full-width characters and ideographic spaces into ASCII", () => {
    expect(normalizeCell("\u3000２５０３\u3000")).toBe("2503");
  });
});
