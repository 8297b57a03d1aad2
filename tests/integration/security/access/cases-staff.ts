import type { AccessCase } from "./cases-support";
import { STAFF_ADMIN_CASES } from "./cases-staff-admin";
import { STAFF_WORK_CASES } from "./cases-staff-work";

/** Staff: each action its role, with a second factor (ADR 011). */
export const STAFF_CASES: Record<string, AccessCase> = { ...STAFF_WORK_CASES, ...STAFF_ADMIN_CASES };
