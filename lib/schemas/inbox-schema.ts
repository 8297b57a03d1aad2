import { z } from "zod";

/**
 * 标为已读 (ADR 142): one message by its id, or "all" of the reader's; a hidden input of a
 * button-only form, so a wrong value is the page's bug, said as the generic error.
 */
export const markReadSchema = z.object({
  target: z.union([z.literal("all", { error: "errors.generic" }), z.guid("errors.generic")], { error: "errors.generic" }),
});

export type MarkReadData = z.output<typeof markReadSchema>;
