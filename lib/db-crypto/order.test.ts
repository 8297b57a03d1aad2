import { describe, expect, it } from "vitest";
import { sortByName } from "./order";

describe("sortByName (names are encrypted at rest, ADR 057)", () => {
  it("keeps the query's groups in order and sorts each by name, by pinyin", () => {
    const rows = [
      { project: 2, name: "张伟" },
      { project: 1, name: "赵磊" },
      { project: 1, name: "陈静" },
      { project: 2, name: "李华" },
    ];
    // The database gave project 2 first: that order stays; within each, 陈 (chen) < 赵 (zhao), 李 (li) < 张 (zhang).
    expect(
      sortByName(
        rows,
        (r) => r.name,
        (r) => r.project,
      ).map((r) => r.name),
    ).toEqual(["李华", "张伟", "陈静", "赵磊"]);
    expect(sortByName(rows, (r) => r.name).map((r) => r.name)).toEqual(["陈静", "李华", "张伟", "赵磊"]);
  });
});
