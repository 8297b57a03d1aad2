/**
 * The staff console's keyboard map (issue 5, ADR 046): pure, so the rules about when a key is
 * the user typing rather than a command are unit-tested apart from the DOM.
 */
export type Shortcut = "down" | "up" | "open" | "filter" | "help" | "decide" | "returnReason" | "next" | "previous" | "back";

export type ShortcutSet = "queue" | "review" | "payment";

/** `KeyboardEvent.key` values; Shift is allowed because `?` needs it on most layouts. */
export const SHORTCUTS: Record<ShortcutSet, Readonly<Record<string, Shortcut>>> = {
  queue: { j: "down", ArrowDown: "down", k: "up", ArrowUp: "up", Enter: "open", o: "open", "/": "filter", "?": "help" },
  review: { a: "decide", r: "returnReason", n: "next", p: "previous", Escape: "back", "?": "help" },
  payment: { c: "decide", r: "returnReason", n: "next", p: "previous", Escape: "back", "?": "help" },
};

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** An IME (pinyin) is composing: the key belongs to the text being composed. */
  isComposing?: boolean;
  target: unknown;
}

/** Inputs whose keys are not text: a reviewer who ticked a bulk-approve box can still press j. */
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset"]);

/** Enter on these already does something (follow, press, toggle): the browser keeps it. */
const CONTROLS = new Set(["A", "BUTTON", "SUMMARY", "INPUT", "SELECT", "TEXTAREA"]);

interface ElementLike {
  tagName?: unknown;
  type?: unknown;
  isContentEditable?: unknown;
}

function asElement(target: unknown): ElementLike | null {
  return typeof target === "object" && target !== null && "tagName" in target ? target : null;
}

export function isTypingTarget(target: unknown): boolean {
  const element = asElement(target);
  if (!element) return false;
  if (element.isContentEditable === true) return true;
  const tag = String(element.tagName).toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  return tag === "INPUT" && !NON_TEXT_INPUTS.has(String(element.type).toLowerCase());
}

/** The command a key press means on a screen of `set`, or null to leave the key to the browser. */
export function shortcutFor(set: ShortcutSet, event: KeyInput): Shortcut | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (isTypingTarget(event.target)) return null;
  const element = asElement(event.target);
  if (event.key === "Enter" && element && CONTROLS.has(String(element.tagName).toUpperCase())) return null;
  const map = SHORTCUTS[set];
  return Object.hasOwn(map, event.key) ? (map[event.key] ?? null) : null;
}

const KEY_LABELS: Record<string, string> = { ArrowDown: "↓", ArrowUp: "↑", Escape: "Esc" };

/** The help table's rows: each command once, with every key that triggers it. */
export function shortcutRows(set: ShortcutSet): { shortcut: Shortcut; keys: string[] }[] {
  const rows = new Map<Shortcut, string[]>();
  for (const [key, shortcut] of Object.entries(SHORTCUTS[set])) {
    rows.set(shortcut, [...(rows.get(shortcut) ?? []), KEY_LABELS[key] ?? key]);
  }
  return [...rows].map(([shortcut, keys]) => ({ shortcut, keys }));
}
