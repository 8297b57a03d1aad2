import { describe, expect, it } from "vitest";
import type { ConditionRule, EducationLevel } from "../types";
import { MENTAL_HEALTH_MAJORS } from "./mental-health-majors";
import { PROJECTS, conditionByCode, conditionCode, projectByName, projectBySeq } from "./projects";

/** 附件1 项目名称, in order, line breaks removed (joined with 、 as the notice's section 一 lists them). */
const NOTICE_NAMES =
  "大数据运行平台搭建、商业数据分析、大数据采集、大数据清洗、大数据分析、大数据应用开发、分布式数据库管理、人工智能图像识别、人工智能文本分析、人工智能语音识别、私域流量运营、在线学习运营、在线学习指导、工程建设领域劳资管理、碳会计处理、旅行线路定制、碳排放交易、碳资产管理、心理健康指导、儿童青少年生殖健康教育咨询服务、碳排放核算".split(
    "、",
  );

/** Section 一's list: same 21 projects, but 碳资产管理 comes before 碳排放交易. */
const SECTION_ONE_NAMES =
  "大数据运行平台搭建、商业数据分析、大数据采集、大数据清洗、大数据分析、大数据应用开发、分布式数据库管理、人工智能图像识别、人工智能文本分析、人工智能语音识别、私域流量运营、在线学习运营、在线学习指导、工程建设领域劳资管理、碳会计处理、旅行线路定制、碳资产管理、碳排放交易、心理健康指导、儿童青少年生殖健康教育咨询服务、碳排放核算".split(
    "、",
  );

function edu(minEducation: EducationLevel, graduatingThisYearCounts: boolean): ConditionRule {
  return { kind: "education", minEducation, graduatingThisYearCounts };
}

function rulesOf(seq: number): ConditionRule[] {
  return projectBySeq(seq)?.conditions.map((c) => c.rule) ?? [];
}

describe("附件1 专项职业能力考核项目名称", () => {
  it("has 21 projects with seq 1–21 in order", () => {
    expect(PROJECTS).toHaveLength(21);
    expect(PROJECTS.map((p) => p.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it("names every project exactly as 附件1 does, in 附件1's order", () => {
    expect(PROJECTS.map((p) => p.name)).toEqual(NOTICE_NAMES);
  });

  it("一 考核项目 lists the same 21 names (its order of 17/18 differs; 附件1's numbering is used)", () => {
    expect([...SECTION_ONE_NAMES].sort()).toEqual([...NOTICE_NAMES].sort());
    expect(projectByName("碳排放交易")?.seq).toBe(17);
    expect(projectByName("碳资产管理")?.seq).toBe(18);
    expect(projectByName("碳排放核算")?.seq).toBe(21);
  });

  it("gives every project a distinct, non-empty English name", () => {
    const en = PROJECTS.map((p) => p.nameEn);
    expect(en.every((n) => n.trim().length > 0)).toBe(true);
    expect(new Set(en).size).toBe(21);
  });

  it("has no line breaks or stray spaces in names", () => {
    for (const p of PROJECTS) expect(p.name).toMatch(/^\S+$/);
  });
});

describe("附件1 申报条件: codes and texts", () => {
  it("codes conditions P<two-digit seq>-C<n>, numbered from 1 within each project", () => {
    for (const p of PROJECTS) {
      expect(p.conditions.length).toBeGreaterThan(0);
      p.conditions.forEach((c, i) => expect(c.code).toBe(`P${String(p.seq).padStart(2, "0")}-C${i + 1}`));
    }
    expect(conditionCode(7, 1)).toBe("P07-C1");
    expect(conditionCode(19, 2)).toBe("P19-C2");
  });

  it("has globally unique condition codes", () => {
    const codes = PROJECTS.flatMap((p) => p.conditions.map((c) => c.code));
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(25);
  });

  it("has Chinese and English text for every condition, without the age clause checked elsewhere", () => {
    for (const c of PROJECTS.flatMap((p) => p.conditions)) {
      expect(c.text).toMatch(/\p{Script=Han}/u);
      expect(c.textEn.trim().length).toBeGreaterThan(0);
      expect(c.text).not.toContain("法定劳动年龄");
    }
  });

  it("asks for extra evidence exactly when staff must judge it (not for pure education conditions)", () => {
    for (const c of PROJECTS.flatMap((p) => p.conditions)) {
      if (c.rule.kind === "education") expect(c.evidence).toBeNull();
      else expect(c.evidence?.length ?? 0).toBeGreaterThan(0);
    }
    expect(conditionByCode("P19-C1")?.evidence).toBe("毕业证书或学信网学历证明，须显示所学专业");
  });

  it("does not alias rule objects between projects sharing a condition text", () => {
    expect(projectBySeq(1)?.conditions[0]?.rule).not.toBe(projectBySeq(2)?.conditions[0]?.rule);
  });
});

describe("附件1 申报条件: rules per project", () => {
  it.each([1, 2, 3, 4, 5])("item %i: 高中（或同等学历）及以上, this year's 中专/技校/技师学院 graduates count", (seq) => {
    expect(rulesOf(seq)).toEqual([edu("UPPER_SECONDARY", true)]);
    expect(projectBySeq(seq)?.conditions[0]?.text).toContain("尚未取得毕业证书的中专、技校、技师学院的应届毕业生");
  });

  it.each([6, 7, 8, 9, 10])("item %i: 大专（含尚未取得毕业证书的应届毕业生）及以上", (seq) => {
    expect(rulesOf(seq)).toEqual([edu("JUNIOR_COLLEGE", true)]);
  });

  it("item 11 私域流量运营: 高中 or marketing-type skills", () => {
    expect(rulesOf(11)).toEqual([
      edu("UPPER_SECONDARY", false),
      {
        kind: "skill",
        areas: ["市场营销", "品牌管理", "企业管理", "销售", "新媒体", "电子商务"],
      },
    ]);
  });

  it.each([12, 13])("item %i: 大学专科（或同等学力）", (seq) => {
    expect(rulesOf(seq)).toEqual([edu("JUNIOR_COLLEGE", false)]);
  });

  it.each([14, 17, 18, 21])("item %i: 高中（同等学力/学历）及以上", (seq) => {
    expect(rulesOf(seq)).toEqual([edu("UPPER_SECONDARY", false)]);
  });

  it("item 15 碳会计处理: 中专 (same level as 高中) or accounting skills", () => {
    expect(rulesOf(15)).toEqual([edu("UPPER_SECONDARY", false), { kind: "skill", areas: ["会计"] }]);
  });

  it("item 16 旅行线路定制: the relevant skills only, no education threshold", () => {
    expect(rulesOf(16)).toEqual([{ kind: "skill", areas: ["旅行线路定制"] }]);
  });

  it("item 19 心理健康指导: related major at 专科+, or a related occupation", () => {
    const [major, job] = rulesOf(19);
    expect(major).toMatchObject({
      kind: "major",
      minEducation: "JUNIOR_COLLEGE",
    });
    expect(job).toEqual({
      kind: "occupation",
      occupations: ["心理咨询师", "社会工作者", "教学人员", "医师", "护士", "养老护理员", "健康管理师"],
    });
    expect(rulesOf(19)).toHaveLength(2);
  });

  it("item 20 儿童青少年生殖健康教育咨询服务: 高中 or a related occupation", () => {
    expect(rulesOf(20)).toEqual([
      edu("UPPER_SECONDARY", false),
      {
        kind: "occupation",
        occupations: [
          "生殖健康咨询师",
          "心理咨询师",
          "社会工作者",
          "教学人员（辅导员）",
          "医生",
          "护士",
          "育婴师",
          "保育员",
          "健康管理师",
        ],
      },
    ]);
  });

  it("groups projects by lowest education that admits on its own", () => {
    const byMin = (level: EducationLevel) =>
      PROJECTS.filter((p) => p.conditions.some((c) => c.rule.kind === "education" && c.rule.minEducation === level)).map(
        (p) => p.seq,
      );
    expect(byMin("UPPER_SECONDARY")).toEqual([1, 2, 3, 4, 5, 11, 14, 15, 17, 18, 20, 21]);
    expect(byMin("JUNIOR_COLLEGE")).toEqual([6, 7, 8, 9, 10, 12, 13]);
    expect(byMin("BACHELOR")).toEqual([]);
    expect(byMin("POSTGRADUATE")).toEqual([]);
    const graduates = PROJECTS.filter((p) =>
      p.conditions.some((c) => c.rule.kind === "education" && c.rule.graduatingThisYearCounts),
    ).map((p) => p.seq);
    expect(graduates).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe("附件1 item 19: related majors", () => {
  const rule = projectBySeq(19)?.conditions[0]?.rule;
  const majors = rule?.kind === "major" ? rule.majors : [];

  it("lists 3 专科 + 10 本科 + 10 研究生 categories", () => {
    expect(majors).toHaveLength(23);
    expect(majors.filter((m) => m.level === "JUNIOR_COLLEGE")).toHaveLength(3);
    expect(majors.filter((m) => m.level === "BACHELOR")).toHaveLength(10);
    expect(majors.filter((m) => m.level === "POSTGRADUATE")).toHaveLength(10);
    expect(majors).toEqual(MENTAL_HEALTH_MAJORS);
  });

  it("has the 专科 and 本科 categories without codes, in the notice's order", () => {
    expect(majors.filter((m) => m.level === "JUNIOR_COLLEGE").map((m) => m.name)).toEqual([
      "医药卫生类",
      "教育与体育类",
      "公共管理与服务类",
    ]);
    expect(majors.filter((m) => m.level === "BACHELOR").map((m) => m.name)).toEqual([
      "心理学类",
      "教育学类",
      "社会学类",
      "基础医学类",
      "临床医学类",
      "口腔医学类",
      "公共卫生与预防医学类",
      "中医学类",
      "中西医结合类",
      "护理学类",
    ]);
    expect(majors.filter((m) => m.level !== "POSTGRADUATE").every((m) => m.code === null)).toBe(true);
  });

  it("has the 研究生 categories with the printed discipline codes", () => {
    expect(majors.filter((m) => m.level === "POSTGRADUATE").map((m) => [m.name, m.code])).toEqual([
      ["社会学类", "0303"],
      ["教育学类", "0401"],
      ["心理学类", "0402"],
      ["基础医学类", "1001"],
      ["临床医学类", "1002"],
      ["口腔医学类", "1003"],
      ["公共卫生与预防医学", "1004"],
      ["中医学类", "1005"],
      ["中西医结合类", "1006"],
      ["公共管理类", "1204"],
    ]);
  });

  it("spells the list out in the condition text as the notice does", () => {
    const text = projectBySeq(19)?.conditions[0]?.text ?? "";
    expect(text).toContain("专科：医药卫生类、教育与体育类、公共管理与服务类");
    expect(text).toContain("研究生：社会学类（0303）、教育学类（0401）");
    expect(text).toContain("公共管理类（1204）");
  });
});

describe("catalog lookups", () => {
  it("projectBySeq finds 1–21 and returns undefined otherwise", () => {
    expect(projectBySeq(1)?.name).toBe("大数据运行平台搭建");
    expect(projectBySeq(20)?.name).toBe("儿童青少年生殖健康教育咨询服务");
    expect(projectBySeq(0)).toBeUndefined();
    expect(projectBySeq(22)).toBeUndefined();
    expect(projectBySeq(1.5)).toBeUndefined();
  });

  it("conditionByCode finds every code and returns undefined otherwise", () => {
    for (const c of PROJECTS.flatMap((p) => p.conditions)) expect(conditionByCode(c.code)).toBe(c);
    expect(conditionByCode("P19-C2")?.rule.kind).toBe("occupation");
    expect(conditionByCode("P16-C2")).toBeUndefined();
    expect(conditionByCode("P1-C1")).toBeUndefined();
    expect(conditionByCode("")).toBeUndefined();
  });

  it("projectByName needs the exact name", () => {
    expect(projectByName("碳会计处理")?.seq).toBe(15);
    expect(projectByName("大数据运行\n平台搭建")).toBeUndefined();
  });
});
