export type { ConditionDraft } from "./conditions";
export { MENTAL_HEALTH_MAJORS } from "./mental-health-majors";
export { PROJECTS, conditionByCode, conditionCode, projectByName, projectBySeq } from "./projects";
export { BATCHES_2025 } from "./batches-2025";
export { INSTITUTIONS, INSTITUTION_ROWS, type InstitutionRow } from "./institutions";
