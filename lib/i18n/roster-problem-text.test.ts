import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Failure } from "@/lib/action-result";
import { PROJECTS } from "@/lib/domain/catalog/projects";
import { aboutCandidate } from "@/lib/domain/clerk-wording";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { evaluateEligibility } from "@/lib/domain/eligibility";
import { withCheckDigit } from "@/lib/domain/id-number";
import { cellFromCsv, type RawCell } from "@/lib/domain/roster/cells";
import type { RosterColumnKey } from "@/lib/domain/roster/columns";
import { validateRow, type RawRosterRow, type RosterRowResult } from "@/lib/domain/roster/validate-row";
import { validateRoster } from "@/lib/domain/roster/validate-roster";
import type { EducationLevel } from "@/lib/domain/types";
import { MESSAGES } from "@/messages";
import { isKnownKey } from "./message-key";
import { rosterProblemLine, rosterProblemText } from "./roster-problem-text";

/** Translators that throw on a missing key or value, so a message the rules cannot fill fails here. */
const strict = (locale: "zh-CN" | "en") =>
  createTranslator({
    locale,
    messages: MESSAGES[locale],
    onError: (error) => {
      throw error;
    },
  });
const zh = strict("zh-CN");
const en = strict("en");
const HAN = /\p{Script=Han}/u;
const TODAY = "2025-05-08";
const ID = withCheckDigit("51010419900101123");
const YOUNG = withCheckDigit("51010420120101123");
const ALL_SEQS = new Set(PROJECTS.map((p) => p.seq));
const ctx = { today: TODAY, catalog: PROJECTS, authorizedSeqs: new Set([...ALL_SEQS].filter((s) => s !== 2)) };
const LEVELS = Object.keys(EDUCATION_LABELS) as EducationLevel[];

function row(overrides: Partial<Record<RosterColumnKey, string | RawCell>> = {}, line = 2): RawRosterRow {
  const base: Record<RosterColumnKey, string> = {
    name: "张三",
    idNumber: ID,
    mobile: "13912345678",
    project: "大数据采集",
    condition: "P03-C1",
    education: "本科",
    school: "四川大学",
    major: "计算机科学与技术",
    graduationYear: "2012",
    graduatingThisYear: "否",
    occupation: "",
    employer: "",
    address: "成都市武侯区人民南路三段17号",
    educationProofCase: "1",
  };
  const cells = Object.fromEntries(
    Object.entries({ ...base, ...overrides }).map(([k, v]) => [k, typeof v === "string" ? cellFromCsv(v) : v]),
  ) as Record<RosterColumnKey, RawCell>;
  return { line, cells };
}

/** Rows reaching every problem a row can have on its own: each cell's rules and every eligibility refusal of the catalog. */
function everyRowProblem(): RawRosterRow[] {
  const rows = [
    row({ name: "", idNumber: "", mobile: "", project: "", education: "", address: "" }),
    row({
      name: "张",
      mobile: "123",
      education: "博士后",
      graduatingThisYear: "也许",
      graduationYear: "18",
      educationProofCase: "9",
    }),
    row({ name: "王?", idNumber: { text: "510104199001011000", origin: "number" } }),
    row({ name: "张龘𪚥", idNumber: { text: `=TEXT(${ID})`, origin: "formula" } }),
    row({ idNumber: "5101041990" }),
    row({ idNumber: withCheckDigit("51010419901301123") }),
    row({ idNumber: withCheckDigit("51010420300101123") }),
    row({ idNumber: ID.slice(0, 17) + (ID[17] === "1" ? "2" : "1") }),
    row({ project: PROJECTS.find((p) => p.seq === 2)!.name, condition: "" }),
    row({ project: "挖掘机" }),
    row({ condition: "P11-C1" }),
    row({ project: "私域流量运营", condition: "" }),
    row({
      address: "地".repeat(121),
      school: "校".repeat(61),
      major: "专".repeat(51),
      occupation: "职".repeat(51),
      employer: "单".repeat(81),
    }),
    row({ project: "心理健康指导", condition: "P19-C2", occupation: "" }),
    row({ project: "心理健康指导", condition: "P19-C1", major: "" }),
  ];
  for (const project of PROJECTS)
    for (const condition of project.conditions)
      for (const education of LEVELS)
        for (const graduating of ["是", "否"])
          for (const [major, occupation] of [
            ["", ""],
            ["不相关的专业", "不相关的职业"],
          ])
            for (const [idNumber, name] of [
              [ID, "张三"],
              [YOUNG, "张"],
            ])
              rows.push(
                row({
                  name,
                  idNumber,
                  project: project.name,
                  condition: condition.code,
                  education: EDUCATION_LABELS[education],
                  graduatingThisYear: graduating,
                  major,
                  occupation,
                }),
              );
  return rows;
}

/** The problems only the whole file and the database tell: a repeated row, names that differ, plans applied for. */
function crossRowProblems(): RosterRowResult[] {
  const B = withCheckDigit("51010419910202456");
  const rows = [
    row({}, 2),
    row({}, 3),
    row({ name: "李四", project: "大数据运行平台搭建", condition: "" }, 4),
    row({ idNumber: B }, 5),
  ];
  const lookups = {
    namesById: new Map([[B, "王五"]]),
    appliedById: new Map([
      [ID, [{ projectSeq: 3, ownInstitution: true }]],
      [B, [{ projectSeq: 3, ownInstitution: false }]],
    ]),
  };
  return validateRoster(rows, ctx, lookups).rows;
}

const produced = (): Failure[] => [
  ...everyRowProblem().flatMap((r) => validateRow(r, ctx).problems.map((p) => p.failure)),
  ...crossRowProblems().flatMap((r) => r.problems.map((p) => p.failure)),
];

/** Every message key under `ruleFailures.roster` a row can carry (not the file's refusals, not the line's frame). */
function declaredRowKeys(): string[] {
  const walk = (node: unknown, prefix: string): string[] =>
    typeof node === "string"
      ? [prefix]
      : Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => walk(v, `${prefix}.${k}`));
  const notRows = ["missingColumns", "duplicatedColumns", "line", "asStored", "eligibility.noConditions"].map(
    (k) => `ruleFailures.roster.${k}`,
  );
  return walk(MESSAGES["zh-CN"].ruleFailures.roster, "ruleFailures.roster").filter((k) => !notRows.includes(k));
}

describe("roster problems as keys with values (ADR 154)", () => {
  const failures = produced();

  it("every key the roster rules produce exists in both languages and fills with its values", () => {
    const keys = new Set(failures.map((f) => f.key));
    // The rows above reach every row problem the messages declare, so none is left untested.
    expect([...keys].sort()).toEqual(declaredRowKeys().sort());
    for (const failure of failures) {
      for (const t of [zh, en]) {
        expect(isKnownKey(t, failure.key), failure.key).toBe(true);
        expect(rosterProblemText(t, t === zh ? "zh-CN" : "en", failure)).not.toMatch(/[{}]/);
      }
    }
  });

  it("reads in English: Chinese only in the values (what the clerk typed, the catalog's lists) and the template's words", () => {
    for (const failure of failures) {
      const values = Object.values(failure.params ?? {})
        .map(String)
        .filter((v) => v.length > 0)
        .sort((a, b) => b.length - a.length);
      const text = values.reduce((rest, v) => rest.split(v).join(""), rosterProblemText(en, "en", failure));
      // The template's own words the clerk must type or find: 是/否, the 填写说明 sheet.
      expect(text.replace(/“是”|“否”|“填写说明”|𠮷/gu, ""), failure.key).not.toMatch(HAN);
    }
  });

  it("names a project by its number in the page's language", () => {
    const notOfProject = {
      key: "ruleFailures.roster.condition.notOfProject",
      params: { condition: "P11-C1", projectSeq: 3 },
    } as const;
    expect(rosterProblemText(zh, "zh-CN", notOfProject)).toBe("“P11-C1”不是大数据采集的申报条件，请从下拉列表选择。");
    expect(rosterProblemText(en, "en", notOfProject)).toBe(
      `“P11-C1” is not a condition of ${PROJECTS.find((p) => p.seq === 3)!.nameEn}: choose one from the drop-down list.`,
    );
    expect(rosterProblemLine(en, "en", { column: "condition", failure: notOfProject })).toMatch(/^申报条件: “P11-C1” is not/);
  });

  it("says an eligibility refusal about the candidate exactly as the Chinese sentence did (aboutCandidate)", () => {
    let compared = 0;
    for (const raw of everyRowProblem()) {
      const result = validateRow(raw, ctx);
      const eligibility = result.problems.filter((p) => p.failure.key.startsWith("ruleFailures.roster.eligibility."));
      if (eligibility.length === 0) continue;
      const project = PROJECTS.find((p) => p.name === result.texts.project)!;
      const condition = project.conditions.find((c) => c.code === result.texts.condition)!;
      const education = LEVELS.find((l) => EDUCATION_LABELS[l] === result.texts.education)!;
      const birthDate = result.texts.idNumber === YOUNG ? "2012-01-01" : "1990-01-01";
      const verdict = evaluateEligibility(
        project,
        condition,
        {
          birthDate,
          education,
          graduatingThisYear: result.texts.graduatingThisYear === "是",
          major: result.texts.major || null,
          occupation: result.texts.occupation || null,
        },
        TODAY,
      );
      const name = result.texts.name === "张三" ? "张三" : undefined;
      expect(eligibility.map((p) => rosterProblemText(zh, "zh-CN", p.failure)).join("")).toBe(
        aboutCandidate(verdict.reasons.join(""), name),
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
