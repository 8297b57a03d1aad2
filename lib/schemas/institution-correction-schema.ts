import { z } from "zod";
import { parseMobile, parseName } from "@/lib/domain/roster/values";

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
