import { z } from "zod";
import { APPLICATION_STATUSES } from "@/lib/domain/application-state";

/** The candidate list's query string: anything malformed is dropped (catch), never an error page. */
export const candidateFilterSchema = z.object({
  batch: z.string().uuid().optional().catch(undefined),
  project: z.coerce.number().int().min(1).max(99).optional().catch(undefined),
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  /** Issue 13 item 3: a full name or a full ID number, matched exactly (both are encrypted: HMAC lookups). */
  q: z.string().trim().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type CandidateFilter = z.output<typeof candidateFilterSchema>;
