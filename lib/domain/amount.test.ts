import { describe, expect, it } from "vitest";
import { amountsInText, asClause, mentionsAmount, parseChineseInteger } from "./amount";

describe("五(二): Chinese numerals", () => {
  it.each([
    ["一百五十", 150],
    ["壹佰伍拾", 150],
    ["十五", 15],
    ["拾伍", 15],
    ["一百零五", 105],
    ["两百", 200],
    ["一千五百", 1500],
    ["壹仟伍佰", 1500],
    ["一万零五十", 10050],
    ["三百", 300],
    ["一五零", 150],
    ["零", 0],
  ])("%s → %d", (text, value) => expect(parseChineseInteger(text)).toBe(value));

  it.each(["", "一二百", "百元", "零五"])("refuses %j", (text) => expect(parseChineseInteger(text)).toBeNull());
});

describe("五(二): amounts in a payment note", () => {
  const template = "该笔费用由王大明代王小明缴纳2025-05-24考试日期大数据采集考试项目的费用，金额为150元。";

  it.each([
    "150",
    "150.00",
    "150.0",
    "150元",
    "150.00元",
    "¥150",
    "￥150.00",
    "¥ 150",
    "１５０元",
    "壹佰伍拾元",
    "壹佰伍拾圆整",
    "一百五十元",
    "人民币壹佰伍拾元整",
    "金额为150元。",
    "金额150，已缴",
    "金额为150.",
    template,
    template.replace("150元", "150.00元"),
    template.replace("150元", "壹佰伍拾元"),
  ])("%j names 150 yuan", (note) => expect(mentionsAmount(note, 15000)).toBe(true));

  it.each([
    "1500",
    "1500元",
    "1,500.00",
    "壹仟伍佰元",
    "一千五百元",
    "15",
    "150.5",
    "150.05元",
    "2150元",
    "1150",
    "150.001",
    "5150",
    "十五元",
    "金额为壹佰伍拾", // Chinese numerals count only as an amount in 元
    "2025-05-24考试日期",
    template.replace("150元", "1500元"),
    template.replace("150元", "100元"),
  ])("%j does not name 150 yuan", (note) => expect(mentionsAmount(note, 15000)).toBe(false));

  it("reads dates and times as no amount", () => {
    expect(amountsInText("2025-05-24 09:30 2025/5/24 2025年5月24日")).toEqual([]);
  });

  it("reads jiao and fen in Chinese", () => {
    expect(amountsInText("壹佰伍拾元伍角")).toEqual([15050]);
    expect(amountsInText("一百五十元零五分")).toContain(15000); // 零 between yuan and fen is not read: no claim of 150.05
    expect(amountsInText("一百五十元五角五分")).toEqual([15055]);
  });

  it("reads grouped thousands", () => {
    expect(amountsInText("共计1,500.00元")).toEqual([150000]);
  });
});

describe("one sentence per message: a reason inside a sentence", () => {
  it.each([
    ["金额不符。", "金额不符"],
    ["金额不符", "金额不符"],
    ["金额不符。。", "金额不符"],
    ["金额不符！ ", "金额不符"],
    ["amount differs.", "amount differs"],
    ["回单不清晰；", "回单不清晰"],
    ["  收款人名称不符  ", "收款人名称不符"],
  ])("%j → %j", (reason, clause) => expect(asClause(reason)).toBe(clause));
});
