import { z } from "zod";
import { isValidCreditCode, normalizeCreditCode } from "@/lib/domain/credit-code";
import { mobileField, realNameField } from "./account-schema";

/** 四(一)1: the kinds of body the notice lets apply (InstitutionBodyKind). */
export const INSTITUTION_BODY_KINDS = [
  "ENTERPRISE",
  "SCHOOL",
  "EVALUATION_ORG",
  "SPEC_DEVELOPER",
  "INDUSTRY_ASSOCIATION",
] as const;

/** The public application to become a registration institution (issue 13 item 8); files come beside it. */
export const institutionApplicationSchema = z.object({
  organization: z.string().trim().min(4, "institutionApply.errors.organization").max(100, "institutionApply.errors.organization"),
  creditCode: z.string().transform(normalizeCreditCode).refine(isValidCreditCode, "institutionApply.errors.creditCode"),
  bodyKind: z.enum(INSTITUTION_BODY_KINDS, { message: "institutionApply.errors.bodyKind" }),
  address: z.string().trim().min(6, "institutionApply.errors.address").max(200, "institutionApply.errors.address"),
  contactName: realNameField,
  contactMobile: mobileField,
  contactEmail: z
    .string()
    .trim()
    .max(254)
    .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "institutionApply.errors.email"),
  projectSeqs: z
    .array(z.coerce.number().int().min(1).max(99))
    .min(1, "institutionApply.errors.projects")
    .max(21, "institutionApply.errors.projects"),
});

export type InstitutionApplicationInput = z.infer<typeof institutionApplicationSchema>;

export { institutionApplicationDecisionSchema } from "./institution-decision-schema";
