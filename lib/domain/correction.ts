import { parseIdNumber } from "./id-number";
import type { MessageKey } from "@/lib/i18n/message-key";
import { checkName, parseMobile } from "./roster/values";
import type { IsoDate } from "./types";

export type CorrectionFieldName = "NAME" | "ID_NUMBER" | "MOBILE";

/** Name and ID number change who the person is: they need an ID card scan a reviewer checks. */
export function needsEvidence(field: CorrectionFieldName): boolean {
  return field !== "MOBILE";
}

/**
 * The corrected value as it would be stored, or the message key saying what to fix. Issue 11,
 * PIPL art. 46: the same rules as at sign-up, so a correction can never store what sign-up refuses.
 */
export function parseCorrection(
  field: CorrectionFieldName,
  raw: string,
  today: IsoDate,
): { ok: true; value: string } | { ok: false; error: MessageKey } {
  if (field === "NAME") {
    const name = checkName(raw);
    if (name.ok) return { ok: true, value: name.name };
    return { ok: false, error: name.error === "unprintable" ? "rareNames.errors.unprintable" : "privacy.errors.correctionName" };
  }
  if (field === "MOBILE") {
    const mobile = parseMobile(raw);
    return mobile ? { ok: true, value: mobile } : { ok: false, error: "privacy.errors.correctionMobile" };
  }
  const id = parseIdNumber(raw, today);
  return id.ok ? { ok: true, value: id.value.idNumber } : { ok: false, error: "privacy.errors.correctionIdNumber" };
}
