import { describe, expect, it } from "vitest";
import { parseYuan, proxyNoteIsComplete, proxyNoteTemplate, referenceCodeFor } from "./payment";

describe("五: amounts in yuan become integer fen", () => {
  it.each([
    ["150", 15000],
    ["150.5", 15050],
    ["150.05", 15005],
    [" 0.01 ", 1],
  ])("%s → %d fen", (input, fen) => expect(parseYuan(input)).toBe(fen));

  it.each(["", "abc", "1.234", "-5", "1,000", "１５０"])("refuses %j", (input) => expect(parseYuan(input)).toBeNull());
});

describe("五(二): the proxy-payment note", () => {
  const input = {
    payerName: "王大明",
    candidateName: "王小明",
    examDate: "2025-05-24",
    projectName: "大数据采集",
    amountYuan: "150.00",
  };

  it("follows the notice's template word for word", () => {
    expect(proxyNoteTemplate(input)).toBe(
      "该笔费用由王大明代王小明缴纳2025-05-24考试日期大数据采集考试项目的费用，金额为150.00元。",
    );
  });

  it("is complete only when it names the candidate, the project and the amount", () => {
    const check = { ...input, amountFen: 15000 };
    expect(proxyNoteIsComplete(proxyNoteTemplate(input), check)).toBe(true);
    expect(proxyNoteIsComplete("该笔费用由王大明代缴", check)).toBe(false);
    expect(proxyNoteIsComplete(proxyNoteTemplate({ ...input, amountYuan: "100.00" }), check)).toBe(false);
  });

  it.each(["150", "150元", "¥150", "壹佰伍拾元", "一百五十元"])(
    "accepts the amount written as %j (issue 12 item 10: the notice's own words were refused)",
    (amountYuan) =>
      expect(proxyNoteIsComplete(proxyNoteTemplate({ ...input, amountYuan }), { ...input, amountFen: 15000 })).toBe(true),
  );

  it("refuses 1500 for 150", () => {
    expect(proxyNoteIsComplete(proxyNoteTemplate({ ...input, amountYuan: "1500" }), { ...input, amountFen: 15000 })).toBe(false);
  });
});

describe("五: reference codes for the transfer remark", () => {
  it("are 10 characters from an unambiguous alphabet, stable for one id", () => {
    const code = referenceCodeFor("3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "GR");
    expect(code).toMatch(/^GR[2-9A-HJ-NP-Z]{8}$/);
    expect(referenceCodeFor("3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "GR")).toBe(code);
    expect(referenceCodeFor("4f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "GR")).not.toBe(code);
  });
});
