import { z } from "zod";
import { isValidCreditCode, normalizeCreditCode } from "@/lib/domain/credit-code";
import { mobileField, realNameField } from "./account-fields";
import { optionalText } from "./fields";

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

/**
 * The public form (ADR 133, 142): the application and, to send a returned one again, its
 * reference (empty for a new one). The action parses with this and hands the use case the rest.
 */
export const institutionApplyFormSchema = institutionApplicationSchema.extend({ reference: optionalText(40) });

/** 查询进度: the reference and the contact's mobile; a wrong pair is the use case's one answer (notFound). */
export const followInstitutionApplicationSchema = z.object({
  reference: z.string().trim().min(1, "errors.required").max(40, "errors.tooLong"),
  mobile: mobileField,
});

export { institutionApplicationDecisionSchema } from "./institution-decision-schema";
