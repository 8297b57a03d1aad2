import { describe, expect, it } from "vitest";
import manifest from "@/app/manifest";
import robots from "@/app/robots";

/** Whether a robots.txt rule (prefix, optional trailing "$") matches a path, as crawlers read it. */
function matches(rule: string, path: string): boolean {
  return rule.endsWith("$") ? path === rule.slice(0, -1) : path.startsWith(rule);
}

function blocked(path: string): boolean {
  const rules = robots().rules;
  const list = Array.isArray(rules) ? rules : [rules];
  return list.some((r) => [r.disallow ?? []].flat().some((rule) => matches(rule, path)));
}

describe("robots.txt: no signed-in area is indexed", () => {
  it.each([
    "/me",
    "/me/apply",
    "/en/me/inbox",
    "/staff",
    "/staff/review",
    "/en/staff",
    "/institution",
    "/institution/roster",
    "/en/institution",
    "/api/me/header",
    "/downloads/ticket/x",
  ])("blocks %s", (path) => expect(blocked(path)).toBe(true));

  it.each([
    "/",
    "/en",
    "/guide",
    "/en/guide",
    "/institutions",
    "/en/institutions",
    "/notice",
    "/verify/certificate",
    "/calendar",
    "/forms/application-form.pdf",
  ])("leaves the public page %s open", (path) => expect(blocked(path)).toBe(false));
});

describe("web manifest", () => {
  it("starts at home and has the icon", () => {
    const m = manifest();
    expect(m.start_url).toBe("/");
    expect(m.icons?.[0]?.src).toBe("/icon.svg");
    expect(m.name).toContain("Sichuan");
  });
});
