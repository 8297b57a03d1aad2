import { describe, expect, it } from "vitest";
import { hintFor, readHint, SIGNED_IN_HINT_COOKIE } from "./signed-in-hint";

describe("the signed-in hint cookie (ADR 089)", () => {
  it("reads the kind among other cookies", () => {
    expect(readHint(`a=1; ${SIGNED_IN_HINT_COOKIE}=candidate; b=2`)).toBe("candidate");
    expect(readHint(`${SIGNED_IN_HINT_COOKIE}=staff`)).toBe("staff");
  });
  it("is null without it, or with a value that is not a kind", () => {
    expect(readHint("")).toBeNull();
    expect(readHint("authjs.session-token=x")).toBeNull();
    expect(readHint(`${SIGNED_IN_HINT_COOKIE}=admin`)).toBeNull();
    expect(readHint(`x${SIGNED_IN_HINT_COOKIE}=staff`)).toBeNull();
  });
  it("maps the database's user kinds", () => {
    expect(hintFor("CANDIDATE")).toBe("candidate");
    expect(hintFor("INSTITUTION")).toBe("institution");
    expect(hintFor(undefined)).toBeNull();
  });
});
