import { describe, expect, it } from "vitest";
import { type Applicant, MAJOR_RULE_COUNTS_GRADUATES, evaluateBest, evaluateEligibility } from "./eligibility";
import type { ConditionDef, ConditionRule, ProjectDef } from "./types";

// Inline fixtures: the rules are tested apart from the catalog's data.
function condition(code: string, rule: ConditionRule, evidence: string | null = null): ConditionDef {
  return { code, text: code, textEn: code, rule, evidence };
}
function project(...conditions: ConditionDef[]): ProjectDef {
  return { seq: 99, name: "测试项目", nameEn: "Test", conditions };
}

const DAY = "2025-01-09";
const adult = (over: Partial<Applicant> = {}): Applicant => ({
  birthDate: "1990-01-01",
  education: "UPPER_SECONDARY",
  graduatingThisYear: false,
  ...over,
});

const HS_WITH_GRADUATES = condition("E1", { kind: "education", minEducation: "UPPER_SECONDARY", graduatingThisYearCounts: true });
const HS_PLAIN = condition("E2", { kind: "education", minEducation: "UPPER_SECONDARY", graduatingThisYearCounts: false });
const JC_PLAIN = condition("E3", { kind: "education", minEducation: "JUNIOR_COLLEGE", graduatingThisYearCounts: false });
const SKILL = condition("S1", { kind: "skill", areas: ["会计"] }, "会计技能证明");
const SKILL_NO_TEXT = condition("S2", { kind: "skill", areas: ["销售", "新媒体"] });
const OCCUPATION = condition("O1", { kind: "occupation", occupations: ["医师", "护士"] }, "执业证书");
const MAJOR = condition(
  "M1",
  {
    kind: "major",
    minEducation: "JUNIOR_COLLEGE",
    majors: [
      { level: "JUNIOR_COLLEGE", name: "医药卫生类", code: null },
      { level: "BACHELOR", name: "心理学类", code: null },
    ],
  },
  "毕业证书",
);

const evaluate = (c: ConditionDef, a: Applicant, day = DAY) => evaluateEligibility(project(c), c, a, day);

describe("附件1 达到法定劳动年龄: 16 full years on the day", () => {
  const teen = adult({ birthDate: "2009-01-10", education: "BACHELOR" });

  it("15 years and 364 days is too young, whatever the condition", () => {
    for (const c of [HS_WITH_GRADUATES, SKILL, OCCUPATION, MAJOR]) {
      const r = evaluate(c, { ...teen, occupation: "护士", major: "心理学类" }, "2025-01-09");
      expect(r.result, c.code).toBe("ineligible");
      expect(r.reasons).toEqual([expect.stringContaining("15周岁")]);
      expect(r.reasons[0]).toContain("未满16周岁");
      expect(r.evidence).toBeNull();
    }
  });

  it("16 exactly on the day is old enough", () => {
    expect(evaluate(HS_WITH_GRADUATES, teen, "2025-01-10").result).toBe("eligible");
  });

  it("someone born on 29 February 2008 reaches 16 on 29 February 2024", () => {
    const leap = adult({ birthDate: "2008-02-29" });
    expect(evaluate(HS_PLAIN, leap, "2024-02-28").result).toBe("ineligible");
    expect(evaluate(HS_PLAIN, leap, "2024-02-29").result).toBe("eligible");
  });
});

describe("附件1 education conditions (X及以上)", () => {
  it("eligible at the threshold and above, with no evidence to judge", () => {
    for (const education of ["UPPER_SECONDARY", "JUNIOR_COLLEGE", "BACHELOR", "POSTGRADUATE"] as const) {
      const r = evaluate(HS_PLAIN, adult({ education }));
      expect(r.result, education).toBe("eligible");
      expect(r.evidence).toBeNull();
    }
    expect(evaluate(HS_PLAIN, adult()).reasons[0]).toContain("高中/中专/技校/技师学院及以上");
  });

  it("ineligible below the threshold, saying the candidate's level and what to do", () => {
    const r = evaluate(JC_PLAIN, adult({ education: "UPPER_SECONDARY" }));
    expect(r.result).toBe("ineligible");
    expect(r.reasons[0]).toContain("大专及以上");
    expect(r.reasons[0]).toContain("您的学历为高中/中专/技校/技师学院");
    expect(r.reasons[0]).toContain("请选择其他申报条件");
  });

  it("items 1–10: this year's graduates count, and are told to upload the school's 学籍卡 (四(二)2②)", () => {
    const r = evaluate(HS_WITH_GRADUATES, adult({ graduatingThisYear: true }));
    expect(r.result).toBe("eligible");
    expect(r.reasons.join("")).toContain("学籍卡");
  });

  it("other items: this year's graduates are judged on the level below until they hold the diploma", () => {
    const hs = evaluate(HS_PLAIN, adult({ graduatingThisYear: true }));
    expect(hs.result).toBe("ineligible");
    expect(hs.reasons[0]).toContain("不含尚未取得毕业证书的应届毕业生");
    expect(evaluate(JC_PLAIN, adult({ education: "JUNIOR_COLLEGE", graduatingThisYear: true })).result).toBe("ineligible");
    // A graduating bachelor already holds (at least) junior-college level.
    expect(evaluate(JC_PLAIN, adult({ education: "BACHELOR", graduatingThisYear: true })).result).toBe("eligible");
  });

  it("a graduating candidate below the threshold anyway is told their level, not the graduate rule", () => {
    const r = evaluate(JC_PLAIN, adult({ education: "UPPER_SECONDARY", graduatingThisYear: true }));
    expect(r.reasons[0]).toContain("您的学历为");
  });
});

describe("附件1 items 11, 15, 16: skills judged by staff", () => {
  it("needs evidence whatever the education, with the condition's evidence text", () => {
    const r = evaluate(SKILL, adult({ education: "JUNIOR_HIGH_OR_BELOW" }));
    const { because, ...rest } = r;
    expect(rest).toEqual({ result: "needs-evidence", reasons: [expect.stringContaining("会计")], evidence: "会计技能证明" });
    expect(because).toMatchObject([{ key: "ruleFailures.eligibility.skill", params: { evidence: "会计技能证明" } }]);
    expect(r.reasons[0]).toContain("请上传会计技能证明");
  });

  it("falls back to a generic evidence text naming the areas", () => {
    const r = evaluate(SKILL_NO_TEXT, adult());
    expect(r.result).toBe("needs-evidence");
    expect(r.evidence).toBe("能证明销售、新媒体相关技能的材料");
  });
});

describe("附件1 items 19, 20: 相关职业从业人员", () => {
  it("asks for the occupation when it is missing or blank", () => {
    for (const occupation of [undefined, null, "", "   "]) {
      const r = evaluate(OCCUPATION, adult({ occupation }));
      expect(r.result).toBe("ineligible");
      expect(r.reasons[0]).toContain("请填写您从事的职业");
    }
  });

  it("routes a listed occupation to staff with the evidence to upload", () => {
    const r = evaluate(OCCUPATION, adult({ occupation: "主治医生", education: "JUNIOR_HIGH_OR_BELOW" }));
    const { because, ...rest } = r;
    expect(rest).toEqual({ result: "needs-evidence", reasons: [expect.stringContaining("“医师”")], evidence: "执业证书" });
    expect(because).toMatchObject([{ key: "ruleFailures.eligibility.occupationMatched", params: { matched: "医师" } }]);
  });

  it("turns away an unlisted occupation, listing the accepted ones", () => {
    const r = evaluate(OCCUPATION, adult({ occupation: "程序员" }));
    expect(r.result).toBe("ineligible");
    expect(r.reasons[0]).toContain("相关职业：医师、护士");
    expect(r.reasons[0]).toContain("程序员");
  });
});

describe("附件1 item 19 condition 1: 取得相关专业大学专科及以上学历", () => {
  it("routes a related major at the candidate's level to staff", () => {
    const r = evaluate(MAJOR, adult({ education: "BACHELOR", major: "心理学类" }));
    const { because, ...rest } = r;
    expect(rest).toEqual({
      result: "needs-evidence",
      reasons: [expect.stringContaining("本科相关专业“心理学类”")],
      evidence: "毕业证书",
    });
    expect(because).toMatchObject([{ key: "ruleFailures.eligibility.majorMatched", params: { level: "bachelor" } }]);
  });

  it("accepts a lower-level category (a 专升本 bachelor's 专科 diploma)", () => {
    expect(evaluate(MAJOR, adult({ education: "BACHELOR", major: "医药卫生类" })).result).toBe("needs-evidence");
  });

  it("refuses a category of a higher level than the candidate holds, listing theirs", () => {
    const r = evaluate(MAJOR, adult({ education: "JUNIOR_COLLEGE", major: "心理学类" }));
    expect(r.result).toBe("ineligible");
    expect(r.reasons[0]).toContain("专科：医药卫生类");
    expect(r.reasons[0]).not.toContain("本科：");
  });

  it("refuses below junior college, and asks for a missing major", () => {
    expect(evaluate(MAJOR, adult({ major: "医药卫生类" })).reasons[0]).toContain("您的学历为高中");
    const missing = evaluate(MAJOR, adult({ education: "BACHELOR", major: "  " }));
    expect(missing.result).toBe("ineligible");
    expect(missing.reasons[0]).toContain("请填写您所学专业的类别");
  });

  it("this year's graduates have not yet 取得 the diploma (no exception as in items 1–10)", () => {
    expect(MAJOR_RULE_COUNTS_GRADUATES).toBe(false);
    const r = evaluate(MAJOR, adult({ education: "BACHELOR", major: "心理学类", graduatingThisYear: true }));
    expect(r.result).toBe("ineligible");
    expect(r.reasons[0]).toContain("应届毕业生");
  });
});

describe("evaluateBest: 附件1 具备以下条件之一", () => {
  const twoWays = project(HS_PLAIN, OCCUPATION);

  it("eligible beats needs-evidence; the best condition's reasons are shown", () => {
    const r = evaluateBest(twoWays, adult({ occupation: "护士" }), DAY);
    expect(r.result).toBe("eligible");
    expect(r.bestConditionCode).toBe("E2");
    expect(r.reasons).toEqual(r.conditions[0]?.reasons);
    expect(r.conditions.map((c) => [c.code, c.result])).toEqual([
      ["E2", "eligible"],
      ["O1", "needs-evidence"],
    ]);
  });

  it("needs-evidence beats ineligible", () => {
    const r = evaluateBest(twoWays, adult({ education: "JUNIOR_HIGH_OR_BELOW", occupation: "护士" }), DAY);
    expect(r.result).toBe("needs-evidence");
    expect(r.bestConditionCode).toBe("O1");
    expect(r.reasons).toEqual(r.conditions[1]?.reasons);
  });

  it("when every condition fails, shows every reason once", () => {
    const r = evaluateBest(twoWays, adult({ education: "JUNIOR_HIGH_OR_BELOW", occupation: "程序员" }), DAY);
    expect(r.result).toBe("ineligible");
    expect(r.reasons).toHaveLength(2);
    const young = evaluateBest(twoWays, adult({ birthDate: "2010-01-01" }), DAY);
    expect(young.reasons).toHaveLength(1);
    expect(young.bestConditionCode).toBe("E2");
  });

  it("the first condition wins a tie", () => {
    expect(evaluateBest(project(SKILL, SKILL_NO_TEXT), adult(), DAY).bestConditionCode).toBe("S1");
  });

  it("a project without conditions admits nobody", () => {
    expect(evaluateBest(project(), adult(), DAY)).toMatchObject({
      result: "ineligible",
      bestConditionCode: null,
      conditions: [],
    });
  });
});
