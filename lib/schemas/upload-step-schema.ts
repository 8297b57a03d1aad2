import { z } from "zod";

/**
 * The upload steps' 保存并继续 posted without JavaScript (issue 16): the application, and the step
 * it continues to (the photo step goes on to the documents, the documents to the pledge). The
 * chosen files come as `file-<KIND>` entries beside these.
 */
export const uploadStepSchema = z.object({
  applicationId: z.string().uuid("errors.generic"),
  next: z.enum(["attachments", "pledge"], { error: "errors.generic" }),
});

/** `file-PHOTO` → `PHOTO`; null for any other entry of the form. */
export function uploadEntryKind(name: string): string | null {
  return /^file-([A-Z_]+)$/.exec(name)?.[1] ?? null;
}
