import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";

/** Every leaf key of a messages object, dotted (`errors.generic`). */
function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

describe("messages (ADR 009)", () => {
  const zh = leafKeys(MESSAGES["zh-CN"]).sort();
  const en = leafKeys(MESSAGES.en).sort();

  it("has thousands of keys in each language (the walk reaches the leaves)", () => {
    expect(zh.length).toBeGreaterThan(500);
    expect(zh.every((key) => key.includes("."))).toBe(true);
  });

  it("Chinese and English have exactly the same keys", () => {
    expect(en.filter((key) => !zh.includes(key))).toEqual([]);
    expect(zh.filter((key) => !en.includes(key))).toEqual([]);
  });

  it("every message is a non-empty string in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const empty = leafKeys(MESSAGES[locale]).filter((key) => {
        let node: unknown = MESSAGES[locale];
        for (const part of key.split(".")) node = (node as Record<string, unknown>)[part];
        return typeof node !== "string" || node.trim() === "";
      });
      expect(empty, locale).toEqual([]);
    }
  });
});
