import { z } from "zod";
import { parseIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";

/** Form inputs send "" for an empty field; treat it as absent. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A checkbox: "on" from a form when ticked, absent when not; true or "true" from a caller in code. */
export const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, "errors.tooLong").optional());

function isRealDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.date")
  .refine(isRealDate, "errors.date");

export const optionalIsoDate = z.preprocess(blankToUndefined, isoDate.optional());

/** GB 11643 ID number, normalized to upper-case X; `today` rules out future birth dates. */
export function idNumberField(today: IsoDate) {
  return z.string().transform((raw, ctx) => {
    const parsed = parseIdNumber(raw, today);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: `errors.idNumber.${parsed.error}` });
      return z.NEVER;
    }
    return parsed.value.idNumber;
  });
}

export function optionalIdNumber(today: IsoDate) {
  return z.preprocess(blankToUndefined, idNumberField(today).optional());
}
