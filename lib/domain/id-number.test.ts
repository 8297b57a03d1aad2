import { describe, expect, it } from "vitest";
import { LEGAL_WORKING_AGE, ageOn, maskIdNumber, maskIdNumbersIn, maskName, parseIdNumber, withCheckDigit } from "./id-number";

const TODAY = "2025-01-09";

// Check characters below were worked out by hand with the MOD 11-2 weights, not by the code.
const GB_EXAMPLE = "11010519491231002X"; // the standard's own example: sum 167, 167 mod 11 = 2 → X
const CHENGDU_MAN = "510104199001011230"; // sum 166, mod 11 = 1 → 0
const LEAP_DAY_WOMAN = "51010420000229002X"; // sum 156, mod 11 = 2 → X

describe("id-number: 四(二)2 身份证明 and 附件1 法定劳动年龄 from the ID number", () => {
  it("accepts the GB 11643-1999 example and reads birth date, sex and region", () => {
    expect(parseIdNumber(GB_EXAMPLE, TODAY)).toEqual({
      ok: true,
      value: { idNumber: GB_EXAMPLE, birthDate: "1949-12-31", sex: "female", regionCode: "110105" },
    });
  });

  it("reads an odd sequence digit as male", () => {
    const r = parseIdNumber(CHENGDU_MAN, TODAY);
    expect(r).toEqual({
      ok: true,
      value: { idNumber: CHENGDU_MAN, birthDate: "1990-01-01", sex: "male", regionCode: "510104" },
    });
  });

  it("trims spaces and raises a lower-case check x to X", () => {
    const r = parseIdNumber(`  ${LEAP_DAY_WOMAN.toLowerCase()}\t`, TODAY);
    expect(r.ok && r.value.idNumber).toBe(LEAP_DAY_WOMAN);
    expect(r.ok && r.value.birthDate).toBe("2000-02-29");
  });

  it("withCheckDigit agrees with the hand-computed check characters", () => {
    expect(withCheckDigit(GB_EXAMPLE.slice(0, 17))).toBe(GB_EXAMPLE);
    expect(withCheckDigit(CHENGDU_MAN.slice(0, 17))).toBe(CHENGDU_MAN);
    expect(withCheckDigit(LEAP_DAY_WOMAN.slice(0, 17))).toBe(LEAP_DAY_WOMAN);
    expect(() => withCheckDigit("5101041990")).toThrow(RangeError);
    expect(() => withCheckDigit("5101041990010112X")).toThrow(RangeError);
  });

  it.each([
    ["empty", ""],
    ["17 characters", CHENGDU_MAN.slice(0, 17)],
    ["19 characters", `${CHENGDU_MAN}0`],
    ["a letter inside", "51010419900A011230"],
    ["X not last", "5101041990010112X0"],
    ["a space inside", "510104 9900101123"],
    ["full-width digits", "５１０１０４１９９００１０１１２３０"],
    ["15-digit first-generation number", "510104900101123"],
  ])("rejects %s as format", (_label, raw) => {
    expect(parseIdNumber(raw, TODAY)).toEqual({ ok: false, error: "format" });
  });

  it.each([
    ["29 February in a common year", withCheckDigit("51010420010229002")],
    ["month 13", withCheckDigit("51010419901301123")],
    ["day 00", withCheckDigit("51010419900100123")],
    ["31 April", withCheckDigit("51010419900431123")],
    ["before 1900 (the standard's 1880 example)", "440524188001010014"],
  ])("rejects %s as birth-date", (_label, raw) => {
    expect(parseIdNumber(raw, TODAY)).toEqual({ ok: false, error: "birth-date" });
  });

  it("rejects a birth date after today, but accepts one born today", () => {
    expect(parseIdNumber(withCheckDigit("51010420250110002"), TODAY)).toEqual({ ok: false, error: "future-birth-date" });
    expect(parseIdNumber(withCheckDigit("51010420250109002"), TODAY).ok).toBe(true);
  });

  it("rejects a wrong check character, including x where a digit belongs", () => {
    expect(parseIdNumber("510104199001011231", TODAY)).toEqual({ ok: false, error: "checksum" });
    expect(parseIdNumber("51010419900101123X", TODAY)).toEqual({ ok: false, error: "checksum" });
    expect(parseIdNumber("510104200002290020", TODAY)).toEqual({ ok: false, error: "checksum" });
    // One mistyped digit in the body is caught too.
    expect(parseIdNumber("510104199001021230", TODAY)).toEqual({ ok: false, error: "checksum" });
  });
});

describe("ageOn: 附件1 达到法定劳动年龄 (16)", () => {
  it("the legal working age is 16", () => {
    expect(LEGAL_WORKING_AGE).toBe(16);
  });

  it("counts full years: 15 the day before the 16th birthday, 16 on it", () => {
    expect(ageOn("2009-01-10", "2025-01-09")).toBe(15);
    expect(ageOn("2009-01-10", "2025-01-10")).toBe(16);
    expect(ageOn("2009-01-10", "2025-12-31")).toBe(16);
    expect(ageOn("1990-12-31", "2025-01-01")).toBe(34);
    expect(ageOn("2025-01-09", "2025-01-09")).toBe(0);
  });

  it("someone born on 29 February turns older on 1 March in a common year", () => {
    expect(ageOn("2000-02-29", "2001-02-28")).toBe(0);
    expect(ageOn("2000-02-29", "2001-03-01")).toBe(1);
    expect(ageOn("2008-02-29", "2024-02-28")).toBe(15);
    expect(ageOn("2008-02-29", "2024-02-29")).toBe(16);
    expect(ageOn("2009-02-28", "2025-02-28")).toBe(16);
  });
});

describe("masking for public lists (八 成绩公示) and logs", () => {
  it("keeps the first 3 and last 4 characters of an ID number", () => {
    expect(maskIdNumber("51010419900101123X")).toBe("510***********123X");
    expect(maskIdNumber(` ${CHENGDU_MAN} `)).toBe("510***********1230");
    expect(maskIdNumber("1234567")).toBe("*******");
    expect(maskIdNumber("")).toBe("");
  });

  it("masks every ID number inside free text, and nothing shorter or longer", () => {
    expect(maskIdNumbersIn(`550 <a@b.cn>: ${CHENGDU_MAN} and ${GB_EXAMPLE.toLowerCase()}`)).toBe(
      "550 <a@b.cn>: 510***********1230 and 110***********002x",
    );
    expect(maskIdNumbersIn("phone 13800138000, order 5101041990010112301")).toBe("phone 13800138000, order 5101041990010112301");
  });

  it("masks names as 张*, 张*三, 欧**娜", () => {
    expect(maskName("张三")).toBe("张*");
    expect(maskName("张小三")).toBe("张*三");
    expect(maskName("欧阳娜娜")).toBe("欧**娜");
    expect(maskName(" 李娜 ")).toBe("李*");
    expect(maskName("张")).toBe("*");
    expect(maskName("")).toBe("");
  });

  it("counts a character outside the BMP as one", () => {
    expect(maskName("𠀋小明")).toBe("𠀋*明");
    expect(maskName("王𠀋")).toBe("王*");
  });
});
