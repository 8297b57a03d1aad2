import { describe, expect, it } from "vitest";
import { FILE_ROLES, roleChangeProblem } from "./staff-roles";

describe("issue 11 separation of duties", () => {
  it("refuses any change of one's own roles", () => {
    expect(roleChangeProblem(["ADMIN", "REVIEWER"], true)).toBe("own-roles");
    expect(roleChangeProblem(["ADMIN"], true)).toBe("own-roles");
  });

  it("never gives one account both ADMIN and AUDITOR", () => {
    expect(roleChangeProblem(["ADMIN", "AUDITOR"], false)).toBe("admin-and-auditor");
    expect(roleChangeProblem(["AUDITOR"], false)).toBeNull();
    expect(roleChangeProblem(["ADMIN", "FINANCE"], false)).toBeNull();
  });

  it("keeps ID scans from the finance clerk and receipts from the reviewer", () => {
    expect(FILE_ROLES.attachment).not.toContain("FINANCE");
    expect(FILE_ROLES.receipt).not.toContain("REVIEWER");
  });
});
