import { describe, expect, it } from "vitest";
import { getPathname } from "@/i18n/navigation";
import { localizedPath, type LocalizedHref } from "./localized-path";

describe("localizedPath", () => {
  const hrefs: LocalizedHref[] = [
    "/",
    "/calendar",
    "/me/applications/1/edit/review",
    { pathname: "/calendar", query: { year: 2026 } },
    { pathname: "/login", query: { next: "/me", a: "x y" } },
  ];
  for (const locale of ["zh-CN", "en"]) {
    it(`writes ${locale} paths as next-intl's getPathname does`, () => {
      for (const href of hrefs) expect(localizedPath(href, locale), JSON.stringify(href)).toBe(getPathname({ href, locale }));
    });
  }
});
