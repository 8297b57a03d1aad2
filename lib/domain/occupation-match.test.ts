import { describe, expect, it } from "vitest";
import { projectBySeq } from "./catalog/projects";
import { matchOccupation, normalizeFreeText } from "./occupation-match";

function occupationsOf(seq: number): string[] {
  const rule = projectBySeq(seq)?.conditions.find((c) => c.rule.kind === "occupation")?.rule;
  if (rule?.kind !== "occupation") throw new Error(`project ${seq} has no occupation condition`);
  return rule.occupations;
}
const P19 = occupationsOf(19);
const P20 = occupationsOf(20);

describe("matchOccupation: 附件1 items 19 and 20 相关职业从业人员", () => {
  it.each([
    ["心理咨询师", P19, "心理咨询师"],
    ["  心理咨询师 ", P19, "心理咨询师"],
    ["心理咨询师（二级）", P19, "心理咨询师"],
    ["国家二级心理咨询师", P19, "心理咨询师"],
    ["主治医师", P19, "医师"],
    ["注册护士", P19, "护士"],
    ["养老护理员", P19, "养老护理员"],
    ["健康管理师", P19, "健康管理师"],
    ["社工", P19, "社会工作者"],
    ["小学教师", P19, "教学人员"],
    ["保育员", P20, "保育员"],
    ["育婴师", P20, "育婴师"],
    ["生殖健康咨询师", P20, "生殖健康咨询师"],
    ["辅导员", P20, "教学人员（辅导员）"],
    ["教学人员", P20, "教学人员（辅导员）"],
    ["中学老师", P20, "教学人员（辅导员）"],
  ])("%s is accepted", (input, list, expected) => {
    expect(matchOccupation(input, list)).toBe(expected);
  });

  it("附件1: item 19 says 医师 and item 20 says 医生; either word meets both", () => {
    expect(matchOccupation("医生", P19)).toBe("医师");
    expect(matchOccupation("医师", P20)).toBe("医生");
    expect(matchOccupation("医生", P20)).toBe("医生");
  });

  it.each([
    ["程序员", P19],
    ["护理员", P19],
    ["保育员", P19],
    ["辅导员", P19],
    ["护", P19],
    ["", P19],
    ["   ", P20],
  ])("%s is not accepted", (input, list) => {
    expect(matchOccupation(input, list)).toBeNull();
  });

  it("normalizes full-width characters and spaces", () => {
    expect(normalizeFreeText(" 心理 咨询师（二级） ")).toBe("心理咨询师(二级)");
  });
});
