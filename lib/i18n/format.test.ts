import { describe, expect, it } from "vitest";
import { formatBeijingIso, formatDateTime, formatDay, formatMoney, formatTime } from "./format";

const HAN = /\p{Script=Han}/u;

describe("amounts and dates by locale, in Beijing time (issue 16 item 7)", () => {
  it("writes a fee as 元 in Chinese and as CNY in English", () => {
    expect(formatMoney(15000, "zh-CN")).toBe("150.00 元");
    expect(formatMoney(15000, "en")).toBe("CNY 150.00");
    expect(formatMoney(123456, "en")).toBe("CNY 1,234.56");
  });

  it("shows an instant on its Beijing day and time, whatever the zone of the machine", () => {
    // 2025-05-07 18:30 UTC is 2025-05-08 02:30 in Beijing.
    const instant = "2025-05-07T18:30:00.000Z";
    expect(formatDay(instant, "en")).toBe("08 May 2025");
    expect(formatTime(instant, "en")).toBe("02:30");
    expect(formatDateTime(instant, "en")).toBe("08 May 2025, 02:30");
    expect(formatDateTime(instant, "zh-CN")).toBe("2025/05/08 02:30");
  });

  it("never puts a Chinese character on an English page", () => {
    const instant = new Date("2025-12-31T16:00:00.000Z");
    for (const text of [formatMoney(1, "en"), formatDay(instant, "en"), formatDateTime(instant, "en")]) {
      expect(text).not.toMatch(HAN);
    }
  });

  it("writes the machine format of exports and logs in Beijing time, the same in every language", () => {
    expect(formatBeijingIso("2025-05-07T18:30:00.000Z")).toBe("2025-05-08 02:30");
    expect(formatBeijingIso(new Date("2025-12-31T16:00:00.000Z"))).toBe("2026-01-01 00:00");
  });
});
