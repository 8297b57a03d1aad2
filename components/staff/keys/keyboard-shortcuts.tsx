"use client";

import { useEffect } from "react";
import { shortcutFor, type Shortcut, type ShortcutSet } from "./shortcuts";

/**
 * Listens for the staff console's keys (ADR 046). It finds what to act on by data attributes the
 * server components render, so the pages stay server components and this is the only client
 * code: `data-queue-row` / `data-queue-open` (a row and its link), `data-queue-filters`,
 * `data-shortcut-help`, and `data-shortcut="decide|return-reason|next|previous|back"`.
 */
export function KeyboardShortcuts({ set }: { set: ShortcutSet }) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const shortcut = shortcutFor(set, event);
      if (shortcut && run(shortcut)) event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    // The keys work from now on (before hydration a key does nothing): said on <html> for the
    // end-to-end tests to wait for, instead of pressing again until one is heard.
    document.documentElement.dataset.shortcuts = "on";
    return () => {
      document.removeEventListener("keydown", onKey);
      delete document.documentElement.dataset.shortcuts;
    };
  }, [set]);
  return null;
}

/** True when the key did something; otherwise the browser keeps it (↓ still scrolls a page without rows). */
function run(shortcut: Shortcut): boolean {
  switch (shortcut) {
    case "down":
      return moveRow(1);
    case "up":
      return moveRow(-1);
    case "open":
      return click(selectedRow()?.querySelector("[data-queue-open]"));
    case "filter":
      return focus(document.querySelector("[data-queue-filters]")?.querySelector("select, input:not([type=hidden])"));
    case "help":
      return toggleHelp();
    case "decide":
      // Focus, not submit: Enter then submits the same form a click would (ADR 046).
      return focus(marked("decide"));
    case "returnReason":
      return focus(marked("return-reason"));
    case "next":
    case "previous":
    case "back":
      return click(marked(shortcut));
  }
}

const marked = (name: string) => document.querySelector<HTMLElement>(`[data-shortcut="${name}"]`);

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("[data-queue-row]")];
}

function selectedRow(): HTMLElement | undefined {
  const all = rows();
  return all.find((row) => row.contains(document.activeElement)) ?? all.find((row) => row.hasAttribute("data-selected"));
}

function moveRow(step: 1 | -1): boolean {
  const all = rows();
  if (all.length === 0) return false;
  const current = selectedRow();
  const index = current ? all.indexOf(current) + step : step > 0 ? 0 : all.length - 1;
  const row = all[Math.min(all.length - 1, Math.max(0, index))]!;
  for (const r of all) r.toggleAttribute("data-selected", r === row);
  // The row's link takes the focus, so a screen reader reads the row and Enter follows the link.
  row.querySelector<HTMLElement>("[data-queue-open]")?.focus({ preventScroll: true });
  row.scrollIntoView({ block: "nearest" });
  return true;
}

function focus(element: Element | null | undefined): boolean {
  if (!(element instanceof HTMLElement) || element.matches(":disabled")) return false;
  // The return-reason field sits in a closed <details>.
  const details = element.closest("details");
  if (details) details.open = true;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "nearest" });
  return true;
}

function click(element: Element | null | undefined): boolean {
  if (!(element instanceof HTMLElement)) return false;
  element.click();
  return true;
}

function toggleHelp(): boolean {
  const help = document.querySelector<HTMLDetailsElement>("details[data-shortcut-help]");
  if (!help) return false;
  help.open = !help.open;
  if (help.open) help.scrollIntoView({ block: "nearest" });
  return true;
}
