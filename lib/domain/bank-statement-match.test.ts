import { describe, expect, it } from "vitest";
import {
  matchStatement,
  normalizePayerName,
  normalizeRemark,
  PAYER_DATE_TOLERANCE_DAYS,
  type PendingReceipt,
  type StatementLine,
} from "./bank-statement-match";

const receipt = (id: string, over: Partial<PendingReceipt> = {}): PendingReceipt => ({
  id,
  referenceCode: `GR${id.toUpperCase().padEnd(8, "A")}`.slice(0, 10),
  expectedAmountFen: 30_000,
  payerName: "王小明",
  transferDate: "2025-05-08",
  ...over,
});
const line = (id: string, over: Partial<StatementLine> = {}): StatementLine => ({
  id,
  date: "2025-05-09",
  amountFen: 30_000,
  payerName: "某某",
  remark: "",
  ...over,
});

describe("五: normalizing what the bank prints", () => {
  it("reads full-width letters, spaces and separators the way they were meant", () => {
    expect(normalizeRemark("ＧＲ２３４５-6789 ab")).toBe("GR23456789AB");
    expect(normalizeRemark("考试费 GR 2345 6789（代缴）")).toBe("考试费GR23456789代缴");
    expect(normalizePayerName(" 王 小明 ")).toBe("王小明");
    expect(normalizePayerName("四川（成都）某公司")).toBe("四川成都某公司");
    expect(normalizePayerName("Li·Hua")).toBe(normalizePayerName("li hua"));
  });
});

describe("五: matching by reference code", () => {
  it("suggests the receipt named in the remark when the amount is what it owes", () => {
    const r = receipt("a", { referenceCode: "GR23456789" });
    const result = matchStatement([line("1", { remark: "专项考核费 gr2345 6789" })], [r]);
    expect(result).toEqual({
      matches: [{ lineId: "1", paymentId: "a", basis: "reference" }],
      unmatchedLines: [],
      unmatchedPaymentIds: [],
    });
  });

  it("does not match on the code alone when the amount differs, and says so", () => {
    const r = receipt("a", { referenceCode: "GR23456789", expectedAmountFen: 60_000 });
    const result = matchStatement([line("1", { remark: "GR23456789", amountFen: 30_000 })], [r]);
    expect(result.matches).toEqual([]);
    expect(result.unmatchedLines).toEqual([{ lineId: "1", reason: "amount-differs", paymentIds: ["a"] }]);
    expect(result.unmatchedPaymentIds).toEqual(["a"]);
  });

  it("refuses a remark that names two receipts", () => {
    const a = receipt("a", { referenceCode: "GR22222222" });
    const b = receipt("b", { referenceCode: "GR33333333" });
    const result = matchStatement([line("1", { remark: "GR22222222 GR33333333" })], [a, b]);
    expect(result.unmatchedLines).toEqual([{ lineId: "1", reason: "several-references", paymentIds: ["a", "b"] }]);
    expect(result.unmatchedPaymentIds).toEqual(["a", "b"]);
  });

  it("matches a receipt once: a second line with the same code is left for the clerk", () => {
    const a = receipt("a", { referenceCode: "GR22222222" });
    const result = matchStatement([line("1", { remark: "GR22222222" }), line("2", { remark: "GR22222222" })], [a]);
    expect(result.matches).toEqual([{ lineId: "1", paymentId: "a", basis: "reference" }]);
    expect(result.unmatchedLines).toEqual([{ lineId: "2", reason: "ambiguous", paymentIds: ["a"] }]);
  });

  it("prefers the code over a name match for another receipt", () => {
    const a = receipt("a", { referenceCode: "GR22222222", payerName: "张三" });
    const b = receipt("b", { referenceCode: "GR33333333", payerName: "李四" });
    const result = matchStatement([line("1", { remark: "GR22222222", payerName: "李四" })], [a, b]);
    expect(result.matches).toEqual([{ lineId: "1", paymentId: "a", basis: "reference" }]);
    expect(result.unmatchedPaymentIds).toEqual(["b"]);
  });

  it("an institution's bulk transfer matches on the head count's total", () => {
    const bulk = receipt("a", {
      referenceCode: "JG23456789",
      expectedAmountFen: 12 * 30_000,
      payerName: "四川省大数据产业联合会",
    });
    const result = matchStatement([line("1", { amountFen: 360_000, remark: "JG23456789 考试日期5月17日 12人" })], [bulk]);
    expect(result.matches).toEqual([{ lineId: "1", paymentId: "a", basis: "reference" }]);
  });
});

describe("五: matching by payer name and amount (no code in the remark)", () => {
  it("suggests the one receipt with the same payer and amount near the date", () => {
    const a = receipt("a", { payerName: "王小明" });
    const result = matchStatement([line("1", { payerName: "王 小明", remark: "考试费" })], [a]);
    expect(result.matches).toEqual([{ lineId: "1", paymentId: "a", basis: "payer-amount" }]);
  });

  it("is not fooled by the same name with another amount", () => {
    const result = matchStatement([line("1", { payerName: "王小明", amountFen: 29_900 })], [receipt("a")]);
    expect(result.unmatchedLines).toEqual([{ lineId: "1", reason: "no-candidate", paymentIds: [] }]);
  });

  it("keeps to the date tolerance on both sides", () => {
    const a = receipt("a", { transferDate: "2025-05-08" });
    const inside = (date: string) => matchStatement([line("1", { payerName: "王小明", date })], [a]).matches.length;
    expect(inside("2025-05-13")).toBe(1);
    expect(inside("2025-05-03")).toBe(1);
    expect(inside("2025-05-14")).toBe(0);
    expect(inside("2025-05-02")).toBe(0);
    expect(PAYER_DATE_TOLERANCE_DAYS).toBe(5);
  });

  it("leaves two receipts with the same payer and amount to the clerk", () => {
    const result = matchStatement([line("1", { payerName: "王小明" })], [receipt("a"), receipt("b")]);
    expect(result.matches).toEqual([]);
    expect(result.unmatchedLines).toEqual([{ lineId: "1", reason: "ambiguous", paymentIds: ["a", "b"] }]);
  });

  it("leaves two lines that fit one receipt to the clerk", () => {
    const result = matchStatement([line("1", { payerName: "王小明" }), line("2", { payerName: "王小明" })], [receipt("a")]);
    expect(result.matches).toEqual([]);
    expect(result.unmatchedLines.map((u) => u.reason)).toEqual(["ambiguous", "ambiguous"]);
    expect(result.unmatchedPaymentIds).toEqual(["a"]);
  });

  it("does not offer a receipt a code already claimed", () => {
    const a = receipt("a", { referenceCode: "GR22222222" });
    const result = matchStatement([line("1", { remark: "GR22222222" }), line("2", { payerName: "王小明" })], [a]);
    expect(result.matches).toEqual([{ lineId: "1", paymentId: "a", basis: "reference" }]);
    expect(result.unmatchedLines).toEqual([{ lineId: "2", reason: "no-candidate", paymentIds: [] }]);
  });
});

describe("五: what is left over", () => {
  it("lists nothing for nothing", () => {
    expect(matchStatement([], [])).toEqual({ matches: [], unmatchedLines: [], unmatchedPaymentIds: [] });
  });

  it("lists receipts the bank has not shown, in their order, and lines in theirs", () => {
    const result = matchStatement(
      [line("2", { payerName: "无名" }), line("1", { payerName: "无名" })],
      [receipt("b"), receipt("a", { payerName: "别人" })],
    );
    expect(result.unmatchedLines.map((u) => u.lineId)).toEqual(["2", "1"]);
    expect(result.unmatchedPaymentIds).toEqual(["b", "a"]);
  });

  it("a mixed statement: one by code, one by name, one unknown, one receipt waiting", () => {
    const receipts = [
      receipt("a", { referenceCode: "GR22222222", payerName: "甲" }),
      receipt("b", { payerName: "乙", referenceCode: "GR33333333" }),
      receipt("c", { payerName: "丙", referenceCode: "GR44444444" }),
    ];
    const lines = [line("1", { remark: "GR22222222" }), line("2", { payerName: "乙" }), line("3", { payerName: "丁" })];
    const result = matchStatement(lines, receipts);
    expect(result.matches).toEqual([
      { lineId: "1", paymentId: "a", basis: "reference" },
      { lineId: "2", paymentId: "b", basis: "payer-amount" },
    ]);
    expect(result.unmatchedLines).toEqual([{ lineId: "3", reason: "no-candidate", paymentIds: [] }]);
    expect(result.unmatchedPaymentIds).toEqual(["c"]);
  });
});

describe("五: several lines of one payer against one receipt", () => {
  it("points two transfers of one payer (100.00 + 50.00) at the receipt owing 150.00", () => {
    const result = matchStatement(
      [line("a", { amountFen: 10_000, payerName: "王小明" }), line("b", { amountFen: 5_000, payerName: "王 小明" }), line("c")],
      [receipt("r", { expectedAmountFen: 15_000 })],
    );
    expect(result.matches).toEqual([]);
    expect(result.unmatchedLines).toEqual([
      { lineId: "a", reason: "sum-of-lines", paymentIds: ["r"] },
      { lineId: "b", reason: "sum-of-lines", paymentIds: ["r"] },
      { lineId: "c", reason: "no-candidate", paymentIds: [] },
    ]);
  });

  it("does not add up lines when the sum is not what the receipt owes", () => {
    const result = matchStatement(
      [line("a", { amountFen: 10_000, payerName: "王小明" }), line("b", { amountFen: 4_000, payerName: "王小明" })],
      [receipt("r", { expectedAmountFen: 15_000 })],
    );
    expect(result.unmatchedLines.map((u) => u.reason)).toEqual(["no-candidate", "no-candidate"]);
  });
});
