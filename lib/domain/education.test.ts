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
    const shuffled: EducationLevel[] = ["postgraduate", "junior-high-or-below", "bachelor", "upper-secondary", "junior-college"];
    expect([...shuffled].sort(compareEducation)).toEqual([...EDUCATION_LEVELS]);
    expect(compareEducation("bachelor", "bachelor")).toBe(0);
  });

  it("atLeast is true exactly for the level and everything above (X及以上)", () => {
    for (const level of EDUCATION_LEVELS) {
      for (const min of EDUCATION_LEVELS) {
        expect(atLeast(level, min), `${level} ≥ ${min}`).toBe(EDUCATION_LEVELS.indexOf(level) >= EDUCATION_LEVELS.indexOf(min));
      }
    }
  });

  it("附件1 item 15: 中专（同等学力） is the same level as 高中", () => {
    expect(EDUCATION_LABELS["upper-secondary"]).toContain("中专");
    expect(EDUCATION_LABELS["upper-secondary"]).toContain("高中");
  });

  it("levelBelow steps down one level and stops at the lowest", () => {
    expect(levelBelow("junior-college")).toBe("upper-secondary");
    expect(levelBelow("upper-secondary")).toBe("junior-high-or-below");
    expect(levelBelow("junior-high-or-below")).toBe("junior-high-or-below");
    expect(levelBelow("postgraduate")).toBe("bachelor");
  });

  it("recognises level codes", () => {
    expect(isEducationLevel("bachelor")).toBe(true);
    expect(isEducationLevel("BACHELOR")).toBe(false);
  });

  it("labels agree with the UI message catalogues", () => {
    expect(EDUCATION_LABELS).toEqual({
      "junior-high-or-below": "初中及以下",
      "upper-secondary": "高中/中专/技校/技师学院",
      "junior-college": "大专",
      bachelor: "本科",
      postgraduate: "研究生",
    });
    expect(EDUCATION_LABELS).toEqual(zh.education);
    expect(EDUCATION_LABELS_EN).toEqual(en.education);
  });
});
