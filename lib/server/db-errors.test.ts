import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./db-errors";

const adapter = (cause: object) => ({ driverAdapterError: { cause } });

describe("isUniqueViolation", () => {
  it("recognizes the query builder's P2002 and a raw statement's P2010 with PostgreSQL's 23505", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation({ code: "P2010", meta: adapter({ originalCode: "23505" }) })).toBe(true);
  });

  it("refuses other errors: another raw failure, a foreign key, nothing at all", () => {
    expect(isUniqueViolation({ code: "P2010", meta: adapter({ originalCode: "23503" }) })).toBe(false);
    expect(isUniqueViolation({ code: "P2010" })).toBe(false);
    expect(isUniqueViolation({ code: "P2003" })).toBe(false);
    expect(isUniqueViolation(new Error("boom"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation("P2002")).toBe(false);
  });

  it("matches the named constraint when the adapter names one", () => {
    const error = { code: "P2002", meta: adapter({ constraint: "Application_planId_candidateId_key" }) };
    expect(isUniqueViolation(error, "Application_planId_candidateId_key")).toBe(true);
    expect(isUniqueViolation(error, "Application_ticketNumber_key")).toBe(false);
    expect(isUniqueViolation({ code: "P2002" }, "Application_ticketNumber_key")).toBe(true);
  });
});
