import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ON_CREATE } from "./db-clock";

/** Every column the database would fill with its own clock: `@default(now())` or `@updatedAt`. */
function databaseClockColumns(): string[] {
  const schema = readFileSync(path.join(process.cwd(), "prisma", "schema.prisma"), "utf8");
  const found: string[] = [];
  let model = "";
  for (const line of schema.split("\n")) {
    const start = /^model (\w+)/.exec(line);
    if (start) model = start[1]!;
    const field = /^\s+(\w+)\s.*(@default\(now\(\)\)|@updatedAt)/.exec(line);
    if (field && model) found.push(`${model}.${field[1]}`);
  }
  return found;
}

describe("one clock for every row (issue 12 item 11)", () => {
  it("stamps every column the database would otherwise fill with its own now()", () => {
    const columns = databaseClockColumns();
    expect(columns.length).toBeGreaterThan(10);
    for (const column of columns) {
      const [model, field] = column.split(".") as [string, string];
      expect(ON_CREATE[model] ?? [], column).toContain(field);
    }
  });
});
