import "server-only";
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "@/lib/action-result";
import { toMessageKey } from "@/lib/i18n/known-key";

/** A failed parse as the form's field errors: each zod message is a message key (ADR 009, 130). */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  return toFieldErrors(
    Object.fromEntries(
      Object.entries(z.flattenError(error).fieldErrors).map(([field, messages]) => [
        field,
        (messages as string[] | undefined)?.map(toMessageKey),
      ]),
    ),
  );
}
