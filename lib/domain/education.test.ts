import { describe, expect, it } from "vitest";
import en from "@/messages/en/core.json";
import zh from "@/messages/zh-CN/core.json";
import {
  EDUCATION_LABELS,
  EDUCATION_LABELS_EN,
  atLeast,
  compareEducation,
  educationRank,
  isEducationLevel,
  levelBelow,
} from "./education";
import { EDUCATION_LEVELS, type EducationLevel } from "./types";

describe("education: 附件1 thresholds 高中 < 大专 < 本科 < 研究生", () => {
  it("ranks the levels lowest to highest", () => {
    expect(EDUCATION_LEVELS.map(educationRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it("sorts with compareEducation", () => {
    const shuffled: EducationLevel[] = ["POSTGRADUATE", "JUNIOR_HIGH_OR_BELOW", "BACHELOR", "UPPER_SECONDARY", "JUNIOR_COLLEGE"];
    expect([...shuffled].sort(compareEducation)).toEqual([...EDUCATION_LEVELS]);
    expect(compareEducation("BACHELOR", "BACHELOR")).toBe(0);
  });

  it("atLeast is true exactly for the level and everything above (X及以上)", () => {
    for (const level of EDUCATION_LEVELS) {
      for (const min of EDUCATION_LEVELS) {
        expect(atLeast(level, min), `${level} ≥ ${min}`).toBe(EDUCATION_LEVELS.indexOf(level) >= EDUCATION_LEVELS.indexOf(min));
      }
    }
  });

  it("附件1 item 15: 中专（同等学力） is the same level as 高中", () => {
    expect(EDUCATION_LABELS["UPPER_SECONDARY"]).toContain("中专");
    expect(EDUCATION_LABELS["UPPER_SECONDARY"]).toContain("高中");
  });

  it("levelBelow steps down one level and stops at the lowest", () => {
    expect(levelBelow("JUNIOR_COLLEGE")).toBe("UPPER_SECONDARY");
    expect(levelBelow("UPPER_SECONDARY")).toBe("JUNIOR_HIGH_OR_BELOW");
    expect(levelBelow("JUNIOR_HIGH_OR_BELOW")).toBe("JUNIOR_HIGH_OR_BELOW");
    expect(levelBelow("POSTGRADUATE")).toBe("BACHELOR");
  });

  it("recognises level codes", () => {
    expect(isEducationLevel("BACHELOR")).toBe(true);
    expect(isEducationLevel("bachelor")).toBe(false);
  });

  it("labels agree with the UI message catalogues", () => {
    expect(EDUCATION_LABELS).toEqual({
      JUNIOR_HIGH_OR_BELOW: "初中及以下",
      UPPER_SECONDARY: "高中/中专/技校/技师学院",
      JUNIOR_COLLEGE: "大专",
      BACHELOR: "本科",
      POSTGRADUATE: "研究生",
    });
    expect(EDUCATION_LABELS).toEqual(zh.education);
    expect(EDUCATION_LABELS_EN).toEqual(en.education);
  });
});
