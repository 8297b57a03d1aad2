import { describe, expect, it } from "vitest";
import { ROSTER_COLUMNS, ROSTER_COLUMN_KEYS, mapHeaders, normalizeHeader, rosterColumn } from "./columns";

const HEADERS = ROSTER_COLUMNS.map((c) => c.header);

describe("roster columns: 四(一)2 花名册", () => {
  it("has one column per key, in the template's order, with the brief's Chinese headers", () => {
    expect(ROSTER_COLUMNS.map((c) => c.key)).toEqual([...ROSTER_COLUMN_KEYS]);
    expect(HEADERS).toEqual([
      "姓名",
      "身份证号码",
      "手机号码",
      "考核项目",
      "申报条件",
      "最高学历",
      "学校",
      "专业",
      "毕业年份",
      "是否应届",
      "从事职业",
      "工作单位",
      "通讯地址",
      "学历证明情形",
    ]);
    expect(rosterColumn("idNumber").required).toBe(true);
    expect(rosterColumn("school").required).toBe(false);
    // @ts-expect-error: a column the table does not have (read from a file at run time)
    expect(() => rosterColumn("nope")).toThrow(RangeError);
  });

  it("normalizes headers: required marks, spaces, notes in brackets, full-width forms", () => {
    expect(normalizeHeader("*身份证号码")).toBe("身份证号码");
    expect(normalizeHeader(" 身份证号码（18位） ")).toBe("身份证号码");
    expect(normalizeHeader("学历证明情形(1-5)")).toBe("学历证明情形");
    expect(normalizeHeader("＊姓 名：")).toBe("姓名");
  });

  it("maps the template's headers to their positions", () => {
    const mapping = mapHeaders(HEADERS.map((h, i) => (i % 2 ? `*${h}` : h)));
    expect(mapping.ok).toBe(true);
    if (mapping.ok) expect(mapping.indexes).toMatchObject({ name: 0, idNumber: 1, educationProofCase: 13 });
  });

  it("reads columns in any order, skips unknown ones and knows common aliases", () => {
    const mapping = mapHeaders([
      "序号",
      "身份证号",
      "姓名",
      "联系电话",
      "项目名称",
      "申报条件",
      "学历",
      "通讯地址",
      "学历证明",
      "错误说明",
    ]);
    expect(mapping).toEqual({
      ok: true,
      indexes: { idNumber: 1, name: 2, mobile: 3, project: 4, condition: 5, education: 6, address: 7, educationProofCase: 8 },
    });
  });

  it("refuses a file without a required column, naming every one missing", () => {
    const mapping = mapHeaders(["姓名", "手机号码"]);
    expect(mapping.ok).toBe(false);
    if (!mapping.ok)
      expect(mapping.missing).toEqual(["idNumber", "project", "condition", "education", "address", "educationProofCase"]);
  });

  it("refuses a column named twice (which one would count?)", () => {
    const mapping = mapHeaders([...HEADERS, "身份证号"]);
    expect(mapping).toEqual({ ok: false, missing: [], duplicated: ["idNumber"] });
  });
});
