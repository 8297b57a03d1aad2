import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseBankStatement, parseStatementAmount, parseStatementDate } from "./bank-statement-parse";

const GBK_STATEMENT = [
  "账号：5100 1234 5678,户名：四川省职业技能鉴定指导中心",
  "起止日期：2025-05-01至2025-05-09",
  "交易日期,交易金额,对方户名,摘要",
  '2025/5/8,"1,200.00",四川省大数据产业联合会,考核费 JG23456789 4人',
  "20250509,300.00,王小明,GR2345 6789",
  "2025-05-09,-50.00,某供应商,支出",
  "2025-13-01,300.00,李四,坏日期",
  "2025-05-09,三百,李四,坏金额",
  "2025-05-09,300.00,,无户名",
].join("\r\n");

describe("五: reading the bank's CSV", () => {
  it("decodes GBK, skips the account preamble and reads Chinese headings", () => {
    const parsed = parseBankStatement(iconv.encode(GBK_STATEMENT, "gbk"));
    expect(parsed.encoding).toBe("GB18030");
    expect(parsed.lines).toEqual([
      { row: 4, date: "2025-05-08", amountFen: 120_000, payerName: "四川省大数据产业联合会", remark: "考核费 JG23456789 4人" },
      { row: 5, date: "2025-05-09", amountFen: 30_000, payerName: "王小明", remark: "GR2345 6789" },
    ]);
    expect(parsed.outgoing).toBe(1);
    expect(parsed.problems).toEqual([
      { row: 7, problem: "date" },
      { row: 8, problem: "amount" },
      { row: 9, problem: "payer" },
    ]);
  });

  it("reads UTF-8 with a BOM and English headings", () => {
    const text = "\uFEFFdate,amount,payer,remark\n2025-05-08,300,Li Hua,GR22222222\n";
    const parsed = parseBankStatement(new TextEncoder().encode(text));
    expect(parsed.encoding).toBe("UTF-8");
    expect(parsed.lines).toEqual([{ row: 2, date: "2025-05-08", amountFen: 30_000, payerName: "Li Hua", remark: "GR22222222" }]);
  });

  it("reads UTF-16 exports", () => {
    const bytes = iconv.encode("\uFEFF日期,金额,付款人,附言\n2025-05-08,300.00,张三,x\n", "utf16le");
    const parsed = parseBankStatement(bytes);
    expect(parsed.lines).toHaveLength(1);
    expect(parsed.lines[0]?.payerName).toBe("张三");
  });

  it("finds nothing in a file without the needed columns", () => {
    expect(parseBankStatement(new TextEncoder().encode("a,b,c\n1,2,3\n")).lines).toEqual([]);
  });

  it("parses the date and amount spellings banks use", () => {
    expect(parseStatementDate("2025年5月8日")).toBe("2025-05-08");
    expect(parseStatementDate("2025.05.08 10:22:33")).toBe("2025-05-08");
    expect(parseStatementDate("2025-02-29")).toBeNull();
    expect(parseStatementDate("08/05/2025")).toBeNull();
    expect(parseStatementAmount("¥1,200.5")).toBe(120_050);
    expect(parseStatementAmount("300元")).toBe(30_000);
    expect(parseStatementAmount("+300")).toBe(30_000);
    expect(parseStatementAmount("-300.00")).toBe(-30_000);
    expect(parseStatementAmount("300.001")).toBeNull();
    expect(parseStatementAmount("")).toBeNull();
  });
});
