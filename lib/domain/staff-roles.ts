/**
 * Separation of duties (issue 11, MLPS 2.0 level 3 "三权分立"): the auditor who reads the audit
 * log is never the administrator whose actions it records, and no one changes their own roles.
 */
export type StaffRoleName = "REVIEWER" | "FINANCE" | "EXAM_OFFICER" | "ADMIN" | "AUDITOR";

export type RoleChangeProblem = "own-roles" | "admin-and-auditor";

/** Why this role assignment is refused, or null. `self`: the administrator changes their own account. */
export function roleChangeProblem(roles: readonly StaffRoleName[], self: boolean): RoleChangeProblem | null {
  if (self) return "own-roles";
  if (roles.includes("ADMIN") && roles.includes("AUDITOR")) return "admin-and-auditor";
  return null;
}

/**
 * Least privilege for candidates' files: the reviewer checks the scans and photo; the finance
 * clerk sees receipts and payer data, not ID scans; nobody else opens either on the file route
 * (the exam desk has its own photo route).
 */
export const FILE_ROLES = {
  attachment: ["REVIEWER"],
  receipt: ["FINANCE"],
  institutionDocument: ["REVIEWER"],
  institutionApplication: ["ADMIN"],
} as const satisfies Record<string, readonly StaffRoleName[]>;
