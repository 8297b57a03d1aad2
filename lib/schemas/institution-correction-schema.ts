import { z } from "zod";
import { parseMobile, parseName } from "@/lib/domain/roster/values";
import { personalStepSchema, conditionStepSchema } from "./application-schema";

/**
 * Which of the institution's candidates a form acts on: the id travels in a hidden input (an
 * unbound action, ADR 133) and is checked like any field; the use case checks ownership.
 */
export const applicationIdField = z.string({ error: "errors.application.notFound" }).uuid("errors.application.notFound");

/** A form with only a button (submit, withdraw, reveal): its schema is its hidden id (ADR 138). */
export const institutionCandidateIdSchema = z.object({ applicationId: applicationIdField });

/**
 * Issue 13 item 3: what an institution may correct about its own candidate besides the
 * application's fields: the name as on the ID card and the mobile (the roster's own rules).
 */
export const candidateIdentitySchema = z.object({
  name: z
    .string()
    .transform((v, ctx) => parseName(v) ?? (ctx.addIssue({ code: "custom", message: "institutionBatch.errors.name" }), z.NEVER)),
  mobile: z
    .string()
    .transform(
      (v, ctx) => parseMobile(v) ?? (ctx.addIssue({ code: "custom", message: "institutionBatch.errors.mobile" }), z.NEVER),
    ),
});

export type CandidateIdentityInput = z.output<typeof candidateIdentitySchema>;

/** The identity form as posted: the candidate's id and the two fields. */
export const candidateIdentityFormSchema = candidateIdentitySchema.extend({ applicationId: applicationIdField });

/** The wizard's personal step, as the institution posts it for its candidate. */
export const candidatePersonalFormSchema = personalStepSchema.extend({ applicationId: applicationIdField });

/** The wizard's condition step, as the institution posts it for its candidate. */
export const candidateConditionFormSchema = conditionStepSchema.extend({ applicationId: applicationIdField });
