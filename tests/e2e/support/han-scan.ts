import type { Page } from "@playwright/test";
import { sql } from "./database";

/**
 * Issue 16 item 7 (ADR 123): what an English page may still show in Chinese. Two kinds only:
 * - names as people and organisations wrote them (a person's name, a payer's, an institution's
 *   name, address and contacts, an exam site's and room's name): an allow-list read from the database the server runs on, so a name
 *   the journeys add is allowed the moment it exists, and nothing else is;
 * - text the page marks as Chinese on purpose (`lang="zh-CN"` on the element: the notice's own
 *   words, an official Chinese title beside its translation), which screen readers need anyway.
 * Everything else that a person sees (text nodes of rendered elements, and the labels that stand
 * for text: placeholder, aria-label, alt, title) must hold no Han character.
 */
export async function namesAllowList(): Promise<string[]> {
  const [candidates, users, payers, places, institutions] = await Promise.all([
    sql<{ name: string }>(`SELECT name FROM "Candidate"`),
    sql<{ name: string | null }>(`SELECT "displayName" AS name FROM "User"`),
    sql<{ name: string | null }>(`SELECT "payerName" AS name FROM "Payment"`),
    // Exam sites and rooms are places named by the center.
    sql<{ name: string }>(`SELECT name FROM "ExamSite" UNION SELECT name FROM "Room"`),
    sql<{ name: string; address: string; contacts: unknown }>(`SELECT name, address, contacts FROM "Institution"`),
  ]);
  const names = new Set<string>();
  for (const row of [...candidates, ...users, ...payers, ...places]) if (row.name) names.add(row.name);
  for (const row of institutions) {
    names.add(row.name);
    names.add(row.address);
    for (const contact of Array.isArray(row.contacts) ? (row.contacts as { name?: unknown }[]) : []) {
      if (typeof contact.name === "string") names.add(contact.name);
    }
  }
  // Longest first, so a name that contains another is taken out whole.
  return [...names].filter((n) => /\p{Script=Han}/u.test(n)).sort((a, b) => b.length - a.length);
}

export interface HanFinding {
  /** The element's tag and the text around the Han characters, for the failure message. */
  where: string;
  text: string;
}

/** The visible Han text of the page outside `lang="zh-*"` elements, names taken out. */
export async function hanOutsideNames(page: Page, allow: readonly string[]): Promise<HanFinding[]> {
  return page.evaluate((names) => {
    const han = /\p{Script=Han}/u;
    const skipTags = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "svg"]);
    const strip = (text: string) => names.reduce((rest, name) => rest.split(name).join(" "), text);
    const marked = (el: Element) => (el.closest("[lang]")?.getAttribute("lang") ?? "").toLowerCase().startsWith("zh");
    const shown = (el: Element) =>
      typeof (el as HTMLElement).checkVisibility === "function"
        ? (el as HTMLElement).checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })
        : true;
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}`;
    const findings: { where: string; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement;
        if (!parent || skipTags.has(parent.tagName) || parent.closest("script,style,noscript,template")) continue;
        const text = strip(node.textContent ?? "");
        if (han.test(text) && !marked(parent) && shown(parent)) {
          findings.push({ where: describe(parent), text: (node.textContent ?? "").trim().slice(0, 120) });
        }
        continue;
      }
      const el = node as Element;
      if (marked(el)) continue;
      for (const attribute of ["placeholder", "aria-label", "alt", "title"]) {
        const value = el.getAttribute(attribute);
        if (value && han.test(strip(value))) findings.push({ where: `${describe(el)}[${attribute}]`, text: value.slice(0, 120) });
      }
    }
    // <title> is outside body but is what the tab and a screen reader announce first.
    if (han.test(strip(document.title))) findings.push({ where: "title", text: document.title });
    return findings;
  }, allow);
}

/** Visits each path and returns every Han finding keyed by path (empty when all pages are English). */
export async function scanPages(page: Page, paths: readonly string[], allow: readonly string[]) {
  const found: Record<string, HanFinding[]> = {};
  for (const path of paths) {
    const response = await page.goto(path);
    if (!response || response.status() >= 400) {
      found[path] = [{ where: "status", text: String(response?.status()) }];
      continue;
    }
    const findings = await hanOutsideNames(page, allow);
    if (findings.length > 0) found[path] = findings;
  }
  return found;
}
