import { z } from "zod";

/**
 * The `?batch=` of every institution page about one batch (the BatchPicker's GET form): a batch
 * id, or nothing (malformed is dropped, the page's own default batch is shown).
 */
export const batchQuerySchema = z.object({
  batch: z.string().uuid().optional().catch(undefined),
});

export type BatchQuery = z.output<typeof batchQuerySchema>;
