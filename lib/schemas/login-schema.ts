import { z } from "zod";

export const loginSchema = z.object({
  login: z.string().trim().min(1, "errors.required").max(64, "errors.tooLong"),
  password: z.string().min(1, "errors.required").max(128, "errors.tooLong"),
  /** Staff second factor (ADR 011): a 6-digit code or a recovery code; others leave it empty. */
  totp: z.string().trim().max(16, "errors.tooLong").optional(),
});

export type LoginInput = z.input<typeof loginSchema>;
