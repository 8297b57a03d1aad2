import { z } from "zod";
import { optionalIsoDate, optionalText } from "./fields";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Audit search as GET parameters (a search is a link the administrator can keep). */
export const auditQuerySchema = z.object({
  action: optionalText(60),
  actor: optionalText(60),
  entity: optionalText(40),
  entityId: optionalText(60),
  from: optionalIsoDate,
  to: optionalIsoDate,
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
