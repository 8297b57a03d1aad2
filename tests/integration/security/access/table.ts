import { CANDIDATE_CASES } from "./cases-candidate";
import { INSTITUTION_CASES } from "./cases-institution";
import { STAFF_CASES } from "./cases-staff";
import type { AccessCase } from "./cases-support";

export { useModules, type AccessCase } from "./cases-support";

/**
 * Every server action and route handler of app/, keyed `file#export` (access.test.ts fails when
 * one is missing here). `allow` names the personas (world.ts) who may call it on the table's
 * target; every other persona must be refused and change nothing. `public` entries say why.
 * A new action is one entry in the cases file of its channel.
 */
export const ACCESS: Record<string, AccessCase> = { ...CANDIDATE_CASES, ...INSTITUTION_CASES, ...STAFF_CASES };
