import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "@playwright/test";

/**
 * axe-core in the page (issue 16: WCAG 2.1 AA, GB/T 37668). The source is evaluated through the
 * debugging protocol, which the page's CSP does not apply to, so the pages are checked with the
 * policy they are served with. axe-core comes with eslint-plugin-jsx-a11y (ADR 125).
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** The serious and critical WCAG 2.x A/AA violations on the page as it is now (only `rules` when given). */
export async function seriousViolations(page: Page, rules?: string[]): Promise<Finding[]> {
  await page.evaluate(AXE_SOURCE);
  const findings = await page.evaluate(async (only) => {
    type Axe = {
      run: (
        context: Document,
        options: object,
      ) => Promise<{
        violations: {
          id: string;
          impact: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, {
      runOnly: only ? { type: "rule", values: only } : { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`),
    }));
  }, rules ?? null);
  return findings.filter((f) => f.impact === "serious" || f.impact === "critical");
}

/** The text size and contrast cookie (lib/display-settings.ts), as the header's buttons set it. */
export async function setDisplay(context: BrowserContext, baseURL: string, value: string): Promise<void> {
  await context.addCookies([{ name: "portal-display", value, url: baseURL }]);
}

/** Nothing wider than the window: the page does not scroll sideways (WCAG 1.4.10 reflow). */
export function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; width: number; widest: string }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let widest = "";
    let max = width;
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const right = el.getBoundingClientRect().right;
      if (right > max + 1) {
        max = right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${String(el.className).slice(0, 80)} (${Math.round(right)})`;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, widest };
  });
}
