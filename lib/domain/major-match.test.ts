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
    expect(acceptedMajors(MENTAL_HEALTH_MAJORS, "junior-college")).toHaveLength(3);
    expect(acceptedMajors(MENTAL_HEALTH_MAJORS, "bachelor")).toHaveLength(13);
    expect(acceptedMajors(MENTAL_HEALTH_MAJORS, "postgraduate")).toHaveLength(23);
    expect(acceptedMajors(MENTAL_HEALTH_MAJORS, "upper-secondary")).toHaveLength(0);
  });

  it.each([
    ["医药卫生类", "junior-college", "junior-college:医药卫生类"],
    ["教育与体育类", "junior-college", "junior-college:教育与体育类"],
    ["心理学类", "bachelor", "bachelor:心理学类"],
    ["心理学", "bachelor", "bachelor:心理学类"],
    ["护理学类", "bachelor", "bachelor:护理学类"],
    ["医药卫生类", "bachelor", "junior-college:医药卫生类"],
    ["心理学类", "postgraduate", "postgraduate:心理学类"],
    ["0402", "postgraduate", "postgraduate:心理学类"],
    ["心理学类（0402）", "postgraduate", "postgraduate:心理学类"],
    ["公共管理类", "postgraduate", "postgraduate:公共管理类"],
    ["公共卫生与预防医学", "postgraduate", "postgraduate:公共卫生与预防医学"],
    ["公共卫生与预防医学类", "postgraduate", "postgraduate:公共卫生与预防医学"],
    ["公共卫生与预防医学类", "bachelor", "bachelor:公共卫生与预防医学类"],
  ] as const)("%s at %s → %s", (input, level, expected) => {
    expect(match(input, level)).toBe(expected);
  });

  it.each([
    ["心理学类", "junior-college"],
    ["护理学类", "junior-college"],
    ["公共管理类", "bachelor"],
    ["1204", "bachelor"],
    ["计算机类", "postgraduate"],
    ["类", "bachelor"],
    ["", "bachelor"],
    ["医药卫生类", "upper-secondary"],
  ] as const)("%s at %s is not a related major", (input, level) => {
    expect(match(input, level)).toBeNull();
  });
});
