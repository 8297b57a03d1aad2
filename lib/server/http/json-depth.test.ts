import { describe, expect, it } from "vitest";
import { jsonDepthExceeds } from "./json-depth";

describe("issue 10: nested JSON is refused before it is parsed", () => {
  it("counts arrays and objects, not brackets inside strings", () => {
    expect(jsonDepthExceeds('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[1,{"b":[2]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[[[\\"[[[["}', 1)).toBe(false);
    expect(jsonDepthExceeds("[".repeat(2_000_000), 32)).toBe(true);
  });
});
