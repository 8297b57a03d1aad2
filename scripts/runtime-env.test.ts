import { describe, expect, it } from "vitest";
import { demoWanted } from "./runtime-env";

describe("issue 10: demo accounts only where asked for", () => {
  it("embedded database: demo unless PORTAL_DEMO=0", () => {
    expect(demoWanted(undefined, true)).toBe(true);
    expect(demoWanted("0", true)).toBe(false);
  });
  it("DATABASE_URL: catalog only unless PORTAL_DEMO=1", () => {
    expect(demoWanted(undefined, false)).toBe(false);
    expect(demoWanted("", false)).toBe(false);
    expect(demoWanted("true", false)).toBe(false);
    expect(demoWanted("1", false)).toBe(true);
  });
});
