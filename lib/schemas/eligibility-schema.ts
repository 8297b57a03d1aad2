import { z } from "zod";
import { EDUCATION_LEVELS, type IsoDate } from "@/lib/domain/types";
import { optionalIdNumber, optionalIsoDate, optionalText } from "./fields";

/**
 * The eligibility self-check, shared by the form (zodResolver), the server action and
 * POST /api/v1/eligibility. `today` (portal clock) rules out ID numbers born in the future.
 */
export function eligibilitySchema(today: IsoDate) {
  return z
    .object({
      project: z.coerce.number({ error: "errors.unknownProject" }).int("errors.unknownProject").min(1, "errors.unknownProject"),
      condition: optionalText(20),
      idNumber: optionalIdNumber(today),
      birthDate: optionalIsoDate,
      education: z.enum(EDUCATION_LEVELS, { error: "errors.education" }),
      graduatingThisYear: z.boolean().optional().default(false),
      major: optionalText(50),
      occupation: optionalText(50),
      on: optionalIsoDate,
    })
    .superRefine((value, ctx) => {
      if (!value.idNumber && !value.birthDate) {
        ctx.addIssue({ code: "custom", path: ["idNumber"], message: "errors.idOrBirthDate" });
      }
      if (value.birthDate && value.birthDate > (value.on ?? today)) {
        ctx.addIssue({ code: "custom", path: ["birthDate"], message: "errors.date" });
      }
    });
}

export type EligibilityInput = z.input<ReturnType<typeof eligibilitySchema>>;
export type EligibilityQuery = z.output<ReturnType<typeof eligibilitySchema>>;
