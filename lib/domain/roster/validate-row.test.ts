import { describe, expect, it } from "vitest";
import { PROJECTS } from "../catalog/projects";
import { withCheckDigit } from "../id-number";
import { cellFromCsv, type RawCell } from "./cells";
import type { RosterColumnKey } from "./columns";
import { LOST_DIGITS, validateRow, type RawRosterRow } from "./validate-row";

/** A roster failure: `ruleFailures.roster.<name>`, with these values when given. */
const failure = (name: string, params?: Record<string, string | number>) =>
  params ? { key: `ruleFailures.roster.${name}`, params } : { key: `ruleFailures.roster.${name}` };

const TODAY = "2025-05-08";
const ID = withCheckDigit("51010419900101123");
const ctx = { today: TODAY, catalog: PROJECTS, authorizedSeqs: new Set([1, 3, 6, 11, 16, 19]) };

function row(overrides: Partial<Record<RosterColumnKey, string | RawCell>> = {}): RawRosterRow {
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
  return { line: 2, cells };
}

const problemsOf = (r: RawRosterRow) => validateRow(r, ctx).problems;
const columnsOf = (r: RawRosterRow) => problemsOf(r).map((p) => p.column);

describe("validateRow: one roster row against 附件1, 附件2 and the wizard's data rules", () => {
  it("turns a complete, eligible row into a candidate", () => {
    const result = validateRow(row(), ctx);
    expect(result.problems).toEqual([]);
    expect(result.candidate).toMatchObject({
      name: "张三",
      idNumber: ID,
      birthDate: "1990-01-01",
      projectSeq: 3,
      conditionCode: "P03-C1",
      education: "BACHELOR",
      graduatingThisYear: false,
      graduationYear: 2012,
      educationProofCase: 1,
      occupation: null,
      evidence: null,
    });
    expect(result.line).toBe(2);
    expect(result.texts.address).toBe("成都市武侯区人民南路三段17号");
  });

  it("reports a bad checksum on the ID column, as a key, and stores nothing", () => {
    const bad = ID.slice(0, 17) + (ID[17] === "1" ? "2" : "1");
    const result = validateRow(row({ idNumber: bad }), ctx);
    expect(result.problems).toEqual([{ column: "idNumber", failure: failure("idNumber.checksum") }]);
    expect(result.candidate).toBeNull();
  });

  it("reports format, impossible and future birth dates, and a blank ID", () => {
    expect(problemsOf(row({ idNumber: "5101041990" }))[0]?.failure).toEqual(failure("idNumber.format"));
    expect(problemsOf(row({ idNumber: withCheckDigit("51010419901301123") }))[0]?.failure).toEqual(failure("idNumber.birthDate"));
    expect(problemsOf(row({ idNumber: withCheckDigit("51010420300101123") }))[0]?.failure).toEqual(
      failure("idNumber.futureBirthDate"),
    );
    expect(problemsOf(row({ idNumber: "" }))[0]?.failure).toEqual(failure("idNumber.missing"));
  });

  it("refuses an ID number cell that lost digits: an xlsx number cell or scientific notation in CSV", () => {
    expect(problemsOf(row({ idNumber: { text: "510104199001011000", origin: "number" } }))).toEqual([
      { column: "idNumber", failure: LOST_DIGITS },
    ]);
    expect(LOST_DIGITS).toEqual(failure("idNumber.lostDigits"));
    expect(problemsOf(row({ idNumber: "5.10104E+17" }))).toEqual([{ column: "idNumber", failure: LOST_DIGITS }]);
    expect(problemsOf(row({ idNumber: { text: `=TEXT(${ID})`, origin: "formula" } }))[0]?.failure).toEqual(
      failure("idNumber.formula"),
    );
  });

  it("puts 'under 16 on the day' on the ID column with the rule's own reason (附件1 法定劳动年龄)", () => {
    const child = withCheckDigit("51010420100509123");
    const problems = problemsOf(row({ idNumber: child }));
    // The rule's values, said about the candidate named on the row (issue 13 item 9).
    expect(problems).toEqual([
      {
        column: "idNumber",
        failure: failure("eligibility.tooYoung", { day: TODAY, age: 14, min: 16, who: "named", name: "张三" }),
      },
    ]);
    // Sixteen on the day itself counts.
    expect(problemsOf(row({ idNumber: withCheckDigit("51010420090508123") }))).toEqual([]);
  });

  it("reports ineligibility on the condition column with the rule's reasons", () => {
    const problems = problemsOf(row({ project: "大数据应用开发", condition: "P06-C1", education: "高中" }));
    expect(problems).toEqual([
      {
        column: "condition",
        failure: failure("eligibility.educationBelow", {
          min: "juniorCollege",
          education: "upperSecondary",
          who: "named",
          name: "张三",
        }),
      },
    ]);
    // Without a valid name the reason speaks of 该考生.
    expect(problemsOf(row({ name: "张", project: "大数据应用开发", condition: "P06-C1", education: "高中" }))[1]).toMatchObject({
      failure: { params: { who: "unnamed", name: "" } },
    });
  });

  it("refuses a project the institution is not authorized for (附件2) and one that does not exist", () => {
    expect(problemsOf(row({ project: "碳排放核算", condition: "" }))).toEqual([
      { column: "project", failure: failure("project.unauthorized", { project: "碳排放核算" }) },
    ]);
    expect(problemsOf(row({ project: "挖掘机", condition: "" }))).toEqual([
      { column: "project", failure: failure("project.unknown", { project: "挖掘机" }) },
    ]);
    expect(problemsOf(row({ project: "" }))).toEqual([{ column: "project", failure: failure("project.missing") }]);
  });

  it("checks the condition against the chosen project; a one-condition project may leave it blank", () => {
    // The project is a value by its number, named by the page in its language.
    expect(problemsOf(row({ condition: "P11-C1" }))).toEqual([
      { column: "condition", failure: failure("condition.notOfProject", { condition: "P11-C1", projectSeq: 3 }) },
    ]);
    expect(problemsOf(row({ condition: "" }))).toEqual([]);
    expect(problemsOf(row({ project: "私域流量运营", condition: "" }))).toEqual([
      { column: "condition", failure: failure("condition.missing") },
    ]);
  });

  it("asks for the occupation or the major when the condition rests on it, like submitApplication", () => {
    const occupation = row({ project: "心理健康指导", condition: "P19-C2", occupation: "" });
    expect(problemsOf(occupation)).toContainEqual({ column: "occupation", failure: failure("occupation.required") });
    const major = row({ project: "心理健康指导", condition: "P19-C1", major: "" });
    expect(problemsOf(major)).toContainEqual({ column: "major", failure: failure("major.required") });
  });

  it("keeps evidence conditions valid and says what staff need (needs-evidence)", () => {
    const result = validateRow(row({ project: "旅行线路定制", condition: "" }), ctx);
    expect(result.problems).toEqual([]);
    expect(result.candidate?.evidence).toBeTruthy();
    const nurse = validateRow(row({ project: "心理健康指导", condition: "P19-C2", occupation: "护士" }), ctx);
    expect(nurse.candidate?.evidence).toBeTruthy();
  });

  it("reports each malformed cell on its own column, all at once", () => {
    const bad = row({
      name: "张",
      mobile: "123",
      education: "博士后",
      graduatingThisYear: "也许",
      graduationYear: "18",
      address: "成都",
      educationProofCase: "9",
    });
    expect(columnsOf(bad).sort()).toEqual([
      "address",
      "education",
      "educationProofCase",
      "graduatingThisYear",
      "graduationYear",
      "mobile",
      "name",
    ]);
    expect(problemsOf(bad).map((p) => p.failure)).toEqual([
      failure("name.shape"),
      failure("mobile.invalid"),
      failure("education.unknown", { education: "博士后" }),
      failure("graduatingThisYear.invalid"),
      failure("graduationYear.invalid"),
      failure("educationProofCase.invalid"),
      failure("address.tooShort", { min: 5 }),
    ]);
  });

  it("asks for blank required cells and bounds free text", () => {
    const blank = row({ name: "", mobile: "", education: "", address: "" });
    expect(problemsOf(blank).map((p) => p.failure)).toEqual([
      failure("name.missing"),
      failure("mobile.missing"),
      failure("education.missing"),
      failure("address.tooShort", { min: 5 }),
    ]);
    expect(problemsOf(row({ address: "地".repeat(121) }))).toEqual([
      { column: "address", failure: failure("address.tooLong", { max: 120 }) },
    ]);
    expect(problemsOf(row({ school: "校".repeat(61), employer: "单".repeat(81) }))).toEqual([
      { column: "school", failure: failure("tooLong", { max: 60 }) },
      { column: "employer", failure: failure("tooLong", { max: 80 }) },
    ]);
  });

  it("this year's graduates count where the notice says so (附件1 items 1–10)", () => {
    expect(
      problemsOf(row({ project: "大数据应用开发", condition: "P06-C1", education: "大专", graduatingThisYear: "是" })),
    ).toEqual([]);
  });

  it("stores a formula-looking address as text, as it was typed, and reads an exported quote back", () => {
    const dde = "=cmd|' /C calc'!A0 成都市武侯区";
    expect(validateRow(row({ address: { text: dde, origin: "formula" } }), ctx).candidate?.address).toBe(dde);
    expect(validateRow(row({ address: `'${dde}` }), ctx).candidate?.address).toBe(dde);
  });
});
