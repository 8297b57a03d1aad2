/**
 * Tags of the public pages' cached reads (public-catalog.ts). The staff actions that change what
 * a tag covers call `expireCatalog` with it after their transaction (ADR 088), so the next page view
 * on that instance reads afresh.
 */
export const CATALOG_TAGS = {
  /** Published batches and their derived dates, holiday overrides: /, /calendar. */
  calendar: "catalog:calendar",
  /** Projects, their conditions and fees: /projects, /eligibility. */
  projects: "catalog:projects",
  /** Active institutions, their contacts and projects: /institutions. */
  institutions: "catalog:institutions",
} as const;

export type CatalogTag = (typeof CATALOG_TAGS)[keyof typeof CATALOG_TAGS];
