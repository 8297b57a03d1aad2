import { describe, expect, it } from "vitest";
import { searchOf } from "./search-params";

describe("searchOf", () => {
  it("keeps the filters, drops empty values and defaults", () => {
    expect(
      searchOf({ status: "SUBMITTED", project: 19, channel: undefined, dueBy: "", page: 1 }, { status: "SUBMITTED", page: 1 }),
    ).toEqual({ project: "19" });
    expect(searchOf({ status: "APPROVED", page: 2 }, { status: "SUBMITTED", page: 1 })).toEqual({
      status: "APPROVED",
      page: "2",
    });
  });
});
