import { describe, expect, it } from "vitest";
import { PROJECTS, projectBySeq } from "./catalog/projects";
import { type Applicant, type EligibilityOutcome, evaluateBest } from "./eligibility";
import type { EducationLevel, ProjectDef } from "./types";

/** The 21 projects of 附件1 as the catalog encodes them, checked against the notice's words. */

const DAY = "2025-01-09";
const person = (education: EducationLevel, over: Partial<Applicant> = {}): Applicant => ({
  birthDate: "1990-01-01",
  education,
  graduatingThisYear: false,
  ...over,
});

function project(seq: number): ProjectDef {
  const p = projectBySeq(seq);
  if (!p) throw new Error(`no project ${seq}`);
  return p;
}

type Case = [seq: number, label: string, applicant: Applicant, expected: EligibilityOutcome, conditionCode: string];

const HS = person("UPPER_SECONDARY");
const JC = person("JUNIOR_COLLEGE");
const JH = person("JUNIOR_HIGH_OR_BELOW");

const cases: Case[] = [
  // Items 1–5: 高中（或同等学历）及以上.
  ...[1, 2, 3, 4, 5].flatMap((seq): Case[] => [
    [seq, "高中 eligible", HS, "eligible", `P0${seq}-C1`],
    [seq, "初中 ineligible", JH, "ineligible", `P0${seq}-C1`],
  ]),
  // Items 6–10: 大专及以上.
  ...[6, 7, 8, 9, 10].flatMap((seq): Case[] => [
    [seq, "大专 eligible", JC, "eligible", `P${String(seq).padStart(2, "0")}-C1`],
    [seq, "高中 ineligible", HS, "ineligible", `P${String(seq).padStart(2, "0")}-C1`],
  ]),
  // Item 11: 高中及以上, or marketing/e-commerce skills.
  [11, "高中 eligible", HS, "eligible", "P11-C1"],
  [11, "初中 with skills needs evidence", JH, "needs-evidence", "P11-C2"],
  // Items 12, 13: 大学专科.
  [12, "大专 eligible", JC, "eligible", "P12-C1"],
  [12, "高中 ineligible", HS, "ineligible", "P12-C1"],
  [13, "本科 eligible", person("BACHELOR"), "eligible", "P13-C1"],
  [13, "高中 ineligible", HS, "ineligible", "P13-C1"],
  // Item 14: 高中及以上.
  [14, "高中 eligible", HS, "eligible", "P14-C1"],
  [14, "初中 ineligible", JH, "ineligible", "P14-C1"],
  // Item 15: 中专（同等学力） = upper secondary, or accounting skills.
  [15, "中专 eligible", HS, "eligible", "P15-C1"],
  [15, "初中 with accounting skills needs evidence", JH, "needs-evidence", "P15-C2"],
  // Item 16: skills only.
  [16, "研究生 still needs evidence of the skills", person("POSTGRADUATE"), "needs-evidence", "P16-C1"],
  [16, "初中 needs evidence too", JH, "needs-evidence", "P16-C1"],
  // Items 17, 18, 21: 高中（同等学历）及以上.
  ...[17, 18, 21].flatMap((seq): Case[] => [
    [seq, "高中 eligible", HS, "eligible", `P${seq}-C1`],
    [seq, "初中 ineligible", JH, "ineligible", `P${seq}-C1`],
  ]),
  // Item 19: related major at 大专+, or a related occupation; both judged by staff.
  [19, "本科 心理学类 needs evidence", person("BACHELOR", { major: "心理学类" }), "needs-evidence", "P19-C1"],
  [19, "大专 医药卫生类 needs evidence", person("JUNIOR_COLLEGE", { major: "医药卫生类" }), "needs-evidence", "P19-C1"],
  [19, "研究生 0402 needs evidence", person("POSTGRADUATE", { major: "0402" }), "needs-evidence", "P19-C1"],
  [19, "高中 nurse needs evidence", person("UPPER_SECONDARY", { occupation: "护士" }), "needs-evidence", "P19-C2"],
  [
    19,
    "本科 计算机类 programmer ineligible",
    person("BACHELOR", { major: "计算机类", occupation: "程序员" }),
    "ineligible",
    "P19-C1",
  ],
  [19, "高中 without occupation ineligible", HS, "ineligible", "P19-C1"],
  // Item 20: 高中及以上, or a related occupation.
  [20, "高中 eligible", HS, "eligible", "P20-C1"],
  [20, "初中 育婴师 needs evidence", person("JUNIOR_HIGH_OR_BELOW", { occupation: "育婴师" }), "needs-evidence", "P20-C2"],
  [20, "初中 without occupation ineligible", JH, "ineligible", "P20-C1"],
];

describe("附件1: every project, by the catalog", () => {
  it("the catalog has the 21 projects", () => {
    expect(PROJECTS.map((p) => p.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it.each(cases)("附件1 item %i: %s", (seq, _label, applicant, expected, code) => {
    const r = evaluateBest(project(seq), applicant, DAY);
    expect(r.result).toBe(expected);
    expect(r.bestConditionCode).toBe(code);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it("every project has an eligible or needs-evidence case and an ineligible one", () => {
    for (const p of PROJECTS) {
      const outcomes = new Set(cases.filter(([seq]) => seq === p.seq).map(([, , , r]) => r));
      const reachable = outcomes.has("eligible") || outcomes.has("needs-evidence");
      // 11, 15, 16 admit anyone with evidence of skills; their ineligible case is age (below).
      expect(reachable, `item ${p.seq}`).toBe(true);
      if (![11, 15, 16].includes(p.seq)) expect(outcomes.has("ineligible"), `item ${p.seq}`).toBe(true);
    }
  });

  it("items 16 and 19 cannot be decided by the portal alone: nobody is plainly eligible", () => {
    const best = person("POSTGRADUATE", { major: "心理学类", occupation: "医师" });
    expect(evaluateBest(project(16), best, DAY).result).toBe("needs-evidence");
    expect(evaluateBest(project(19), best, DAY).result).toBe("needs-evidence");
  });
});

describe("附件1 达到法定劳动年龄 on every project", () => {
  const best = (birthDate: string): Applicant => person("POSTGRADUATE", { birthDate, major: "心理学类", occupation: "医师" });

  it.each(PROJECTS.map((p) => [p.seq] as const))("item %i: 15 years 364 days is ineligible, 16 is not", (seq) => {
    const p = project(seq);
    const young = evaluateBest(p, best("2009-01-10"), "2025-01-09");
    expect(young.result).toBe("ineligible");
    expect(young.reasons).toHaveLength(1);
    expect(young.reasons[0]).toContain("15周岁");
    expect(evaluateBest(p, best("2009-01-10"), "2025-01-10").result).not.toBe("ineligible");
  });
});

describe("附件1 this year's graduates: items 1–10 count them, 12–14 and 17–21 do not", () => {
  const graduating = (education: EducationLevel) => person(education, { graduatingThisYear: true });

  it.each([1, 2, 3, 4, 5])("item %i: a graduating 中专/技校 student is eligible", (seq) => {
    const r = evaluateBest(project(seq), graduating("UPPER_SECONDARY"), DAY);
    expect(r.result).toBe("eligible");
    expect(r.reasons.join("")).toContain("学籍卡");
  });

  it.each([6, 7, 8, 9, 10])("item %i: a graduating 大专 student is eligible", (seq) => {
    expect(evaluateBest(project(seq), graduating("JUNIOR_COLLEGE"), DAY).result).toBe("eligible");
  });

  it.each([12, 13])("item %i: a graduating 大专 student is not yet eligible", (seq) => {
    const r = evaluateBest(project(seq), graduating("JUNIOR_COLLEGE"), DAY);
    expect(r.result).toBe("ineligible");
    expect(r.reasons[0]).toContain("应届毕业生");
  });

  it.each([12, 13])("item %i: a graduating 本科 student already holds 大专 level", (seq) => {
    expect(evaluateBest(project(seq), graduating("BACHELOR"), DAY).result).toBe("eligible");
  });

  it.each([14, 17, 18, 21])("item %i: a graduating 高中 student is not yet eligible", (seq) => {
    expect(evaluateBest(project(seq), graduating("UPPER_SECONDARY"), DAY).result).toBe("ineligible");
  });

  it("items 11, 15: a graduating 高中 student can still go the skills way", () => {
    expect(evaluateBest(project(11), graduating("UPPER_SECONDARY"), DAY)).toMatchObject({
      result: "needs-evidence",
      bestConditionCode: "P11-C2",
    });
    expect(evaluateBest(project(15), graduating("UPPER_SECONDARY"), DAY).bestConditionCode).toBe("P15-C2");
  });

  it("item 19: a graduating 本科 student in a related major has not yet 取得 the diploma", () => {
    const r = evaluateBest(project(19), person("BACHELOR", { graduatingThisYear: true, major: "心理学类" }), DAY);
    expect(r.result).toBe("ineligible");
  });
});
