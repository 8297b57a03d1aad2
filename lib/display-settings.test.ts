import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  DISPLAY_SCRIPT,
  TEXT_SIZES,
  displayClasses,
  displayCookie,
  displayCookieValue,
  parseDisplay,
  readDisplayCookie,
  type DisplaySettings,
} from "./display-settings";

/** Runs the inline script against a fake document, as the browser would before the first paint. */
function runScript(cookie: string): string[] {
  const classes = new Set<string>();
  const document = { cookie, documentElement: { classList: { add: (c: string) => classes.add(c) } } };
  runInNewContext(DISPLAY_SCRIPT, { document });
  return [...classes].sort();
}

const every: DisplaySettings[] = TEXT_SIZES.flatMap((size) => [
  { size, contrast: false },
  { size, contrast: true },
]);

describe("text size and contrast settings (issue 16, ADR 125)", () => {
  it("round-trips every choice through the cookie", () => {
    for (const s of every) expect(parseDisplay(displayCookieValue(s))).toEqual(s);
    expect(readDisplayCookie(`a=1; ${displayCookie({ size: "xlarge", contrast: true }).split(";")[0]}; b=2`)).toEqual({
      size: "xlarge",
      contrast: true,
    });
  });

  it("falls back to the normal size and no contrast on anything else", () => {
    expect(parseDisplay("huge.hc")).toEqual({ size: "normal", contrast: true });
    expect(parseDisplay("large.x")).toEqual({ size: "large", contrast: false });
    expect(parseDisplay(undefined)).toEqual({ size: "normal", contrast: false });
    expect(readDisplayCookie("other=large")).toEqual({ size: "normal", contrast: false });
  });

  it("the inline script sets the same classes as displayClasses, and `js`", () => {
    for (const s of every) {
      const cookie = `portal-signed-in=candidate; ${displayCookie(s).split(";")[0]}`;
      expect(runScript(cookie), JSON.stringify(s)).toEqual(["js", ...displayClasses(s)].sort());
    }
    expect(runScript("")).toEqual(["js"]);
    expect(runScript("xportal-display=large")).toEqual(["js"]);
  });

  it("the inline script never throws, even without cookies", () => {
    expect(() => {
      runInNewContext(DISPLAY_SCRIPT, { document: {} });
    }).not.toThrow();
  });
});
