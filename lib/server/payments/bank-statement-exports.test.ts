import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBankStatement } from "./bank-statement-parse";

const fixture = (name: string) => new Uint8Array(readFileSync(join(process.cwd(), "tests/fixtures/bank-statements", name)));

/** Each bank's export: its one incoming transfer with the code, its fee row and its 合计 footer (and 打印时间). */
const EXPORTS = [
  { file: "icbc.xlsx", encoding: "XLSX", payer: "赵小六", code: "GRGH2K3M4N", others: 1, footers: 1 },
  { file: "ccb.xlsx", encoding: "XLSX", payer: "钱小七", code: "GRJH5P6Q7R", others: 0, footers: 2 },
  { file: "abc.csv", encoding: "GB18030", payer: "孙小八", code: "JGAB8S9T2U", others: 0, footers: 1 },
  { file: "boc.xlsx", encoding: "XLSX", payer: "周小九", code: "GRBC3V4W5X", others: 0, footers: 1 },
  { file: "bocom.csv", encoding: "UTF-8", payer: "吴小十", code: "GRJT6Y7Z8A", others: 0, footers: 1 },
  { file: "chengdu-bank.csv", encoding: "GB18030", payer: "郑十一", code: "GRCD9B2C3D", others: 0, footers: 1 },
] as const;

describe("五: statements as the banks export them", () => {
  it.each(EXPORTS)("$file: reads the transfer, classifies the fee and the 合计 row, refuses nothing", async (bank) => {
    const parsed = await readBankStatement(fixture(bank.file));
    expect(parsed.encoding).toBe(bank.encoding);
    expect(parsed.problems).toEqual([]);
    expect(parsed.lines).toHaveLength(1 + bank.others);
    expect(parsed.lines[0]).toMatchObject({ date: "2025-05-27", amountFen: 30_000, payerName: bank.payer });
    expect(parsed.lines[0]!.remark).toContain(bank.code);
    expect(parsed.outgoing).toBe(1);
    expect(parsed.skipped.map((s) => s.kind)).toEqual(["outgoing", ...Array<string>(bank.footers).fill("summary")]);
  });

  it("keeps every remark column: 摘要 does not hide the code in 备注", async () => {
    const parsed = await readBankStatement(fixture("ccb.xlsx"));
    expect(parsed.lines[0]!.remark).toBe("转账存入 / 考核费 GRJH5P6Q7R");
  });
});
