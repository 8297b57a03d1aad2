import { z } from "zod";

/** The first code from the authenticator app confirms enrollment (ADR 011). */
export const totpCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{3}\s?\d{3}$/, "staffAdmin.security.codeFormat"),
});
