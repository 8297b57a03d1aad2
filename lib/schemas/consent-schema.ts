import { z } from "zod";

/** A consent box: given only when ticked (PIPL art. 29 separate consent, never pre-ticked). */
export const consentSchema = z.object({
  consent: z.preprocess((v) => v === true || v === "on", z.literal(true, { error: "privacy.errors.consentRequired" })),
});
