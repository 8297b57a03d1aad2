import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutFor, shortcutRows, type KeyInput, type ShortcutSet } from "./shortcuts";

const body = { tagName: "BODY", isContentEditable: false };
const press = (key: string, target: unknown = body, extra: Partial<KeyInput> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...extra,
});
const on = (set: ShortcutSet, key: string, target?: unknown, extra?: Partial<KeyInput>) =>
  shortcutFor(set, press(key, target, extra));

describe("the queue's keys (issue 5)", () => {
  it.each([
    ["j", "down"],
    ["ArrowDown", "down"],
    ["k", "up"],
    ["ArrowUp", "up"],
    ["o", "open"],
    ["Enter", "open"],
    ["/", "filter"],
    ["?", "help"],
  ])("%s → %s", (key, shortcut) => {
    expect(on("queue", key)).toBe(shortcut);
  });

  it("leaves other keys, capitals and inherited property names to the browser", () => {
    for (const key of ["J", "x", "a", "Tab", " ", "constructor", "toString"]) expect(on("queue", key)).toBeNull();
  });

  it("leaves Enter on a link, button or summary to the browser: it already follows or presses it", () => {
    for (const tagName of ["A", "BUTTON", "SUMMARY"]) expect(on("queue", "Enter", { tagName })).toBeNull();
    expect(on("queue", "j", { tagName: "A" })).toBe("down");
  });

  it("still moves when a bulk-approve checkbox has the focus", () => {
    expect(on("queue", "j", { tagName: "INPUT", type: "checkbox" })).toBe("down");
    expect(on("queue", "Enter", { tagName: "INPUT", type: "checkbox" })).toBeNull();
  });

  it("works without a target (a key pressed while the document itself has focus)", () => {
    expect(on("queue", "j", null)).toBe("down");
  });
});

describe("one item's keys", () => {
  it("a approves a review, c confirms a payment, and neither means anything on the other screen", () => {
    expect(on("review", "a")).toBe("decide");
    expect(on("review", "c")).toBeNull();
    expect(on("payment", "c")).toBe("decide");
    expect(on("payment", "a")).toBeNull();
  });

  it.each(["review", "payment"] as const)("%s: r, n, p, Esc, ?", (set) => {
    expect(on(set, "r")).toBe("returnReason");
    expect(on(set, "n")).toBe("next");
    expect(on(set, "p")).toBe("previous");
    expect(on(set, "Escape")).toBe("back");
    expect(on(set, "?")).toBe("help");
    expect(on(set, "j")).toBeNull();
  });
});

describe("typing is never a command", () => {
  const typing = [
    { tagName: "INPUT", type: "text" },
    { tagName: "INPUT", type: "search" },
    { tagName: "INPUT", type: "date" },
    { tagName: "input", type: "TEXT" },
    { tagName: "TEXTAREA", type: "textarea" },
    { tagName: "SELECT", type: "select-one" },
    { tagName: "DIV", isContentEditable: true },
    { tagName: "P", isContentEditable: true },
  ];

  it.each(typing)("%o is a typing target", (target) => {
    expect(isTypingTarget(target)).toBe(true);
    for (const [set, key] of [
      ["queue", "j"],
      ["queue", "/"],
      ["queue", "?"],
      ["review", "a"],
      ["review", "r"],
      ["review", "Escape"],
      ["payment", "c"],
      ["payment", "n"],
    ] as const)
      expect(on(set, key, target), `${set} ${key}`).toBeNull();
  });

  it("buttons, links, checkboxes and the page are not", () => {
    for (const target of [
      body,
      null,
      undefined,
      "text",
      { tagName: "A" },
      { tagName: "BUTTON", type: "submit" },
      { tagName: "INPUT", type: "checkbox" },
      { tagName: "INPUT", type: "radio" },
      { tagName: "INPUT", type: "submit" },
    ])
      expect(isTypingTarget(target)).toBe(false);
  });

  it("an IME composing (pinyin) is typing too", () => {
    expect(on("review", "a", body, { isComposing: true })).toBeNull();
  });
});

describe("modifiers belong to the browser and the system", () => {
  it.each(["ctrlKey", "metaKey", "altKey"] as const)("%s + key is not a shortcut", (modifier) => {
    for (const [set, key] of [
      ["queue", "j"],
      ["queue", "/"],
      ["review", "a"],
      ["review", "r"],
      ["payment", "c"],
      ["payment", "Escape"],
    ] as const)
      expect(on(set, key, body, { [modifier]: true })).toBeNull();
  });
});

describe("the help table", () => {
  it("lists each command once with all its keys, in the map's order", () => {
    expect(shortcutRows("queue")).toEqual([
      { shortcut: "down", keys: ["j", "↓"] },
      { shortcut: "up", keys: ["k", "↑"] },
      { shortcut: "open", keys: ["Enter", "o"] },
      { shortcut: "filter", keys: ["/"] },
      { shortcut: "help", keys: ["?"] },
    ]);
    expect(shortcutRows("payment").map((r) => r.keys)).toEqual([["c"], ["r"], ["n"], ["p"], ["Esc"], ["?"]]);
  });
});
