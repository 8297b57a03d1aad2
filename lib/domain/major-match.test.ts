import { describe, expect, it } from "vitest";
import { MENTAL_HEALTH_MAJORS } from "./catalog/mental-health-majors";
import { acceptedMajors, matchMajor } from "./major-match";
import type { EducationLevel } from "./types";

const match = (input: string, level: EducationLevel) => {
  const m = matchMajor(input, MENTAL_HEALTH_MAJORS, level);
  return m && `${m.level}:${m.name}`;
};

describe("matchMajor: 附件1 item 19 相关专业 by level", () => {
  it("accepts categories of the candidate's level and below (a 专升本 bachelor holds a 专科 diploma)", () => {
    expect(acceptedMajors(MENTAL_HEALTH_MAJORS, "JUNIOR_COLLEGE")).toHaveLength(3);
    expect(acceptedMajors(MENTAL_HEALTH_MAJORS, "BACHELOR")).toHaveLength(13);
    expect(acceptedMajors(MENTAL_HEALTH_MAJORS, "POSTGRADUATE")).toHaveLength(23);
    expect(acceptedMajors(MENTAL_HEALTH_MAJORS, "UPPER_SECONDARY")).toHaveLength(0);
  });

  it.each([
    ["医药卫生类", "JUNIOR_COLLEGE", "JUNIOR_COLLEGE:医药卫生类"],
    ["教育与体育类", "JUNIOR_COLLEGE", "JUNIOR_COLLEGE:教育与体育类"],
    ["心理学类", "BACHELOR", "BACHELOR:心理学类"],
    ["心理学", "BACHELOR", "BACHELOR:心理学类"],
    ["护理学类", "BACHELOR", "BACHELOR:护理学类"],
    ["医药卫生类", "BACHELOR", "JUNIOR_COLLEGE:医药卫生类"],
    ["心理学类", "POSTGRADUATE", "POSTGRADUATE:心理学类"],
    ["0402", "POSTGRADUATE", "POSTGRADUATE:心理学类"],
    ["心理学类（0402）", "POSTGRADUATE", "POSTGRADUATE:心理学类"],
    ["公共管理类", "POSTGRADUATE", "POSTGRADUATE:公共管理类"],
    ["公共卫生与预防医学", "POSTGRADUATE", "POSTGRADUATE:公共卫生与预防医学"],
    ["公共卫生与预防医学类", "POSTGRADUATE", "POSTGRADUATE:公共卫生与预防医学"],
    ["公共卫生与预防医学类", "BACHELOR", "BACHELOR:公共卫生与预防医学类"],
  ] as const)("%s at %s → %s", (input, level, expected) => {
    expect(match(input, level)).toBe(expected);
  });

  it.each([
    ["心理学类", "JUNIOR_COLLEGE"],
    ["护理学类", "JUNIOR_COLLEGE"],
    ["公共管理类", "BACHELOR"],
    ["1204", "BACHELOR"],
    ["计算机类", "POSTGRADUATE"],
    ["类", "BACHELOR"],
    ["", "BACHELOR"],
    ["医药卫生类", "UPPER_SECONDARY"],
  ] as const)("%s at %s is not a related major", (input, level) => {
    expect(match(input, level)).toBeNull();
  });
});
