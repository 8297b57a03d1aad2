import { describe, expect, it } from "vitest";
import { PROJECTS, projectBySeq } from "../catalog/projects";
import {
  conditionOption,
  educationProofOption,
  idNumberText,
  matchCondition,
  matchProject,
  parseEducation,
  parseEducationProofCase,
  parseGraduationYear,
  parseMobile,
  parseName,
  parseYesNo,
} from "./values";

const AUTHORIZED = new Set([1, 2, 3, 11, 19]);

describe("roster values: what institutions type into the cells", () => {
  it("names: Han or Latin letters and the middle dot, 2–30 characters", () => {
    expect(parseName(" 张三 ")).toBe("张三");
    expect(parseName("阿卜杜热合曼·买买提")).toBe("阿卜杜热合曼·买买提");
    expect(parseName("John  Smith")).toBe("John Smith");
    expect(parseName("张")).toBeNull();
    expect(parseName("张三1")).toBeNull();
    expect(parseName("=cmd|' /C calc'!A0")).toBeNull();
    expect(parseName("张".repeat(31))).toBeNull();
  });

  it("mobiles: 11 digits from 13 to 19, +86, spaces and dashes tolerated", () => {
    expect(parseMobile("13912345678")).toBe("13912345678");
    expect(parseMobile("+86 139-1234-5678")).toBe("13912345678");
    expect(parseMobile("８６13912345678")).toBe("13912345678");
    expect(parseMobile("12912345678")).toBeNull();
    expect(parseMobile("1391234567")).toBeNull();
    expect(parseMobile("")).toBeNull();
  });

  it("ID cells: full-width digits, blanks and a typed apostrophe go, x is raised", () => {
    expect(idNumberText(" '５１０１０４ 19900101 123x ")).toBe("51010419900101123X");
  });

  it("projects by name, by number or both; unauthorized told apart from unknown (附件2)", () => {
    expect(matchProject("大数据采集", PROJECTS, AUTHORIZED)).toEqual({ ok: true, seq: 3 });
    expect(matchProject("3", PROJECTS, AUTHORIZED)).toEqual({ ok: true, seq: 3 });
    expect(matchProject("3. 大数据采集", PROJECTS, AUTHORIZED)).toEqual({ ok: true, seq: 3 });
    expect(matchProject("3、大数据采集", PROJECTS, AUTHORIZED)).toEqual({ ok: true, seq: 3 });
    expect(matchProject("3. 商业数据分析", PROJECTS, AUTHORIZED)).toEqual({ ok: false, error: "unknown" });
    expect(matchProject("碳排放核算", PROJECTS, AUTHORIZED)).toEqual({ ok: false, error: "unauthorized" });
    expect(matchProject("21", PROJECTS, AUTHORIZED)).toEqual({ ok: false, error: "unauthorized" });
    expect(matchProject("大数据", PROJECTS, AUTHORIZED)).toEqual({ ok: false, error: "unknown" });
    expect(matchProject("99", PROJECTS, AUTHORIZED)).toEqual({ ok: false, error: "unknown" });
  });

  it("conditions by code (the dropdown's label too), by number or by text; blank when there is only one", () => {
    const p11 = projectBySeq(11)!;
    const p1 = projectBySeq(1)!;
    expect(matchCondition("P11-C2 具有市场营销…", p11)).toBe("P11-C2");
    expect(matchCondition("p11－c1", p11)).toBe("P11-C1");
    expect(matchCondition("P011-C1", p11)).toBe("P11-C1");
    expect(matchCondition("2", p11)).toBe("P11-C2");
    expect(matchCondition(p11.conditions[0]!.text, p11)).toBe("P11-C1");
    expect(matchCondition("", p1)).toBe("P01-C1");
    expect(matchCondition("", p11)).toBeNull();
    expect(matchCondition("3", p11)).toBeNull();
    expect(matchCondition("P01-C1", p11)).toBeNull();
    expect(matchCondition("随便", p11)).toBeNull();
  });

  it("condition labels start with the code and are cut to fit a dropdown", () => {
    const label = conditionOption({ code: "P19-C1", text: "很长".repeat(50) });
    expect(label.startsWith("P19-C1 ")).toBe(true);
    expect(label.length).toBe(60);
    expect(label.endsWith("…")).toBe(true);
    expect(conditionOption({ code: "P01-C1", text: "短" })).toBe("P01-C1 短");
  });

  it("education: the dropdown's labels and the words people use", () => {
    expect(parseEducation("高中/中专/技校/技师学院")).toBe("UPPER_SECONDARY");
    expect(parseEducation("本科")).toBe("BACHELOR");
    expect(parseEducation("大学本科学历")).toBe("BACHELOR");
    expect(parseEducation("专科")).toBe("JUNIOR_COLLEGE");
    expect(parseEducation("中专")).toBe("UPPER_SECONDARY");
    expect(parseEducation("硕士研究生")).toBe("POSTGRADUATE");
    expect(parseEducation("初中毕业")).toBe("JUNIOR_HIGH_OR_BELOW");
    expect(parseEducation("BACHELOR")).toBe("BACHELOR");
    expect(parseEducation("")).toBeNull();
    expect(parseEducation("博士后")).toBeNull();
  });

  it("是否应届: blank is no, clear words only", () => {
    expect(parseYesNo("")).toBe(false);
    expect(parseYesNo("是")).toBe(true);
    expect(parseYesNo("TRUE")).toBe(true);
    expect(parseYesNo("否")).toBe(false);
    expect(parseYesNo("FALSE")).toBe(false);
    expect(parseYesNo("也许")).toBeNull();
  });

  it("graduation years: blank, 1950–2100, a year with 年 or a date", () => {
    expect(parseGraduationYear("")).toBeUndefined();
    expect(parseGraduationYear("2018")).toBe(2018);
    expect(parseGraduationYear("2018年")).toBe(2018);
    expect(parseGraduationYear("2018-07-01")).toBe(2018);
    expect(parseGraduationYear("2018.7")).toBe(2018);
    expect(parseGraduationYear("1949")).toBeNull();
    expect(parseGraduationYear("18")).toBeNull();
    expect(parseGraduationYear("二〇一八")).toBeNull();
  });

  it("education-proof cases 1–5 (四(二)2), as digits, circled digits or the dropdown's label", () => {
    expect(parseEducationProofCase("1")).toBe(1);
    expect(parseEducationProofCase("③")).toBe(3);
    expect(parseEducationProofCase(educationProofOption(5))).toBe(5);
    expect(parseEducationProofCase("6")).toBeNull();
    expect(parseEducationProofCase("12")).toBeNull();
    expect(parseEducationProofCase("")).toBeNull();
    expect(educationProofOption(1).startsWith("1-")).toBe(true);
    expect(educationProofOption(9)).toBe("9");
  });
});
