import { describe, expect, it } from "vitest";
import { classifyRow, headingRole, layoutOf } from "./bank-statement-headings";

describe("五: statement headings by meaning", () => {
  it.each([
    ["交易日期", "date"],
    ["记账日期", "date"],
    ["交易时间", "date"],
    ["贷方发生额（收入）", "credit"],
    ["贷方发生额(收入)", "credit"],
    ["收入金额", "credit"],
    ["贷方金额", "credit"],
    ["借方发生额（支取）", "debit"],
    ["支出金额", "debit"],
    ["交易金额（元）", "amount"],
    ["发生额", "amount"],
    ["借贷标志", "direction"],
    ["对方户名", "payer"],
    ["对方单位名称", "payer"],
    ["付款人名称", "payer"],
    [" 对方账户名称 ", "payer"],
    ["摘要", "remark"],
    ["备注", "remark"],
    ["附言", "remark"],
    ["用途", "remark"],
    ["交易附言", "remark"],
    ["余额", null],
    ["收款人名称", null],
    ["对方账号", null],
  ] as const)("%s → %s", (heading, role) => {
    expect(headingRole(heading)).toBe(role);
  });

  it("lays out a debit/credit header and keeps every remark column", () => {
    expect(layoutOf(["交易时间", "借方发生额（支取）", "贷方发生额（收入）", "余额", "对方户名", "摘要", "备注"])).toEqual({
      date: 0,
      debit: 1,
      credit: 2,
      amount: null,
      direction: null,
      payer: [4],
      remark: [5, 6],
    });
    expect(layoutOf(["账号：123", "户名：中心"])).toBeNull();
  });
});

describe("五: statement rows classified, not refused", () => {
  const credit = layoutOf(["记账日期", "收入金额", "支出金额", "对方户名", "备注"])!;
  const signed = layoutOf(["交易日期", "借贷标志", "发生额", "对方户名", "摘要"])!;

  it("an incoming credit", () => {
    expect(classifyRow(credit, ["2025-05-27", "1,200.00", "", "王", ""], true)).toEqual({ kind: "incoming", amountFen: 120_000 });
  });
  it("the bank's fee (a debit) is not an incoming payment", () => {
    expect(classifyRow(credit, ["2025-05-27", "", "0.50", "", "手续费"], true)).toEqual({ kind: "outgoing" });
    expect(classifyRow(signed, ["2025-05-27", "借", "1.50", "", "手续费"], true)).toEqual({ kind: "outgoing" });
    expect(classifyRow(signed, ["2025-05-27", "", "-2.00", "", "手续费"], true)).toEqual({ kind: "outgoing" });
  });
  it("a 贷 row of a signed layout is incoming", () => {
    expect(classifyRow(signed, ["2025-05-27", "贷", "300.00", "王", ""], true)).toEqual({ kind: "incoming", amountFen: 30_000 });
  });
  it("合计 footers and notes are summary rows", () => {
    expect(classifyRow(credit, ["合计", "300.00", "0.80", "", ""], false)).toEqual({ kind: "summary" });
    expect(classifyRow(credit, ["本页小计"], false)).toEqual({ kind: "summary" });
    expect(classifyRow(credit, ["打印时间：2025-05-28"], false)).toEqual({ kind: "summary" });
  });
  it("a transfer with a bad date or a bad amount stays a problem for the clerk", () => {
    expect(classifyRow(credit, ["2025-13-01", "300.00", "", "王", ""], false)).toEqual({ kind: "problem", problem: "date" });
    expect(classifyRow(credit, ["2025-05-27", "三百", "", "王", ""], true)).toEqual({ kind: "problem", problem: "amount" });
  });
});
