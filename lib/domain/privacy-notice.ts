/**
 * The privacy notice's version (issue 11, PIPL arts. 14, 17, 29). Raise it when the notice's
 * content changes: every consent recorded under an older version is asked for again.
 */
export const PRIVACY_NOTICE_VERSION = "2025-1";

export type ConsentKindName = "privacy-notice" | "sensitive-signup" | "sensitive-upload" | "institution-roster";

/** A consent is current when its latest record carries the notice version in force. */
export function isConsentCurrent(latestVersion: string | null | undefined, current: string = PRIVACY_NOTICE_VERSION): boolean {
  return latestVersion === current;
}
