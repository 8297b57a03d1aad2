import { z } from "zod";
import { ATTACHMENT_KINDS } from "@/lib/domain/attachments";

/**
 * An upload field's own forms (ADR 145): 上传 of one file, accepting the server's auto-fit, 删除.
 * The ids travel in hidden inputs (unbound actions, ADR 133); the file itself is not a field of
 * the schema (a `File`, read by the action; with JavaScript it goes through the upload route).
 */
export const attachmentFormSchema = z.object({
  applicationId: z.string().uuid("errors.generic"),
  kind: z.enum(ATTACHMENT_KINDS, { error: "errors.generic" }),
});
