import { describe, expect, it } from "vitest";
import { PROJECTS } from "../catalog/projects";
import { withCheckDigit } from "../id-number";
import { cellFromCsv } from "./cells";
import type { RawRosterRow } from "./validate-row";
import {
  CANNOT_ADD_TO_PLAN,
  NAME_ON_RECORD_DIFFERS,
  rosterIdNumbers,
  validateRoster,
  type RosterLookups,
} from "./validate-roster";

/** A roster failure: `ruleFailures.roster.<name>`, with these values when given. */
const failure = (name: string, params?: Record<string, string | number>) =>
  params ? { key: `ruleFailures.roster.${name}`, params } : { key: `ruleFailures.roster.${name}` };

const ctx = { today: "2025-05-08", catalog: PROJECTS, authorizedSeqs: new Set([1, 2, 3]) };
const A = withCheckDigit("51010419900101123");
const B = withCheckDigit("51010419910202456");
const none: RosterLookups = { namesById: new Map(), appliedById: new Map() };

function row(line: number, idNumber: string, name = "张三", project = "大数据采集"): RawRosterRow {
  const cells = {
    name,
    idNumber,
    mobile: "13912345678",
    project,
    condition: "",
    education: "本科",
    address: "成都市武侯区人民南路三段17号",
    educationProofCase: "1",
  };
  return { line, cells: Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, cellFromCsv(v)])) };
}

describe("validateRoster: the whole file against itself and the database (四(二)3)", () => {
  it("collects each well-formed ID number once for the database lookup", () => {
    expect(rosterIdNumbers([row(2, A), row(3, A.toLowerCase()), row(4, "123"), row(5, ` ${B} `)])).toEqual([A, B]);
  });

  it("counts valid and invalid rows", () => {
    const result = validateRoster([row(2, A), row(3, B), row(4, "bad")], ctx, none);
    expect([result.valid, result.invalid]).toEqual([2, 1]);
  });

  it("flags the second row of the same person and project, keeping the first", () => {
    const result = validateRoster([row(2, A), row(3, B), row(4, A)], ctx, none);
    expect(result.rows[2]?.problems).toEqual([{ column: "idNumber", failure: failure("sameAsLine", { line: 2 }) }]);
    expect(result.rows[2]?.candidate).toBeNull();
    expect(result.rows[0]?.candidate).not.toBeNull();
  });

  it("lets one person apply for two projects of the batch", () => {
    expect(validateRoster([row(2, A), row(3, A, "张三", "商业数据分析")], ctx, none).invalid).toBe(0);
  });

  it("flags a name that contradicts the one on record, or another row's", () => {
    const known = validateRoster([row(2, A, "李四")], ctx, { ...none, namesById: new Map([[A, "张三"]]) });
    expect(known.rows[0]?.problems[0]).toEqual({ column: "name", failure: NAME_ON_RECORD_DIFFERS });
    expect(NAME_ON_RECORD_DIFFERS).toEqual(failure("nameOnRecordDiffers"));
    // Issue 11: never the name on record, which the institution did not send.
    expect(JSON.stringify(known.rows[0]?.problems)).not.toContain("张三");
    const inFile = validateRoster([row(2, A, "张三"), row(3, A, "李四", "商业数据分析")], ctx, none);
    // The name this institution wrote on line 2 itself.
    expect(inFile.rows[1]?.problems[0]).toEqual({
      column: "name",
      failure: failure("nameDiffersInFile", { line: 2, name: "张三" }),
    });
  });

  it("flags people who already applied for this plan, naming only this institution's own application", () => {
    const lookups: RosterLookups = {
      namesById: new Map([
        [A, "张三"],
        [B, "张三"],
      ]),
      appliedById: new Map([
        [A, [{ projectSeq: 3, ownInstitution: true }]],
        [
          B,
          [
            { projectSeq: 3, ownInstitution: false },
            { projectSeq: 1, ownInstitution: false },
          ],
        ],
      ]),
    };
    const result = validateRoster([row(2, A), row(3, B), row(4, B, "张三", "商业数据分析")], ctx, lookups);
    expect(result.rows[0]?.problems[0]).toEqual({ column: "project", failure: failure("alreadyApplied") });
    // Issue 11: another channel's application is not disclosed: no "individually or another institution".
    expect(result.rows[1]?.problems[0]).toEqual({ column: "project", failure: CANNOT_ADD_TO_PLAN });
    expect(CANNOT_ADD_TO_PLAN).toEqual(failure("cannotAddToPlan"));
    // Another project of the same batch is another plan.
    expect(result.rows[2]?.problems).toEqual([]);
  });

  it("keeps line numbers and every row, valid or not, in file order", () => {
    const result = validateRoster([row(7, "x"), row(9, A)], ctx, none);
    expect(result.rows.map((r) => r.line)).toEqual([7, 9]);
  });
});
