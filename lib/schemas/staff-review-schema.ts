import { z } from "zod";
import { ATTACHMENT_KINDS } from "@/lib/domain/attachments";
import { optionalIsoDate } from "./fields";

/** Data fields a reviewer can return, in the order the review screen shows them. */
export const REVIEW_FIELD_KEYS = [
  "condition",
  "education",
  "school",
  "major",
  "graduationYear",
  "occupation",
  "employer",
  "address",
  "educationProofCase",
] as const;
export type ReviewFieldKey = (typeof REVIEW_FIELD_KEYS)[number];

/** 退回修改 keys: what the candidate's page shows through messages `reviewFields`. */
export const RETURN_REASON_KEYS = [...REVIEW_FIELD_KEYS, ...ATTACHMENT_KINDS, "general"] as const;
export type ReturnReasonKey = (typeof RETURN_REASON_KEYS)[number];

export const QUEUE_STATUSES = ["SUBMITTED", "RETURNED", "APPROVED", "REJECTED", "LAPSED"] as const;

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/** The queue's filters are GET parameters, so a filtered queue is a link a colleague can open. */
export const reviewQueueQuerySchema = z.object({
  batch: z.preprocess(blank, z.uuid().optional()),
  project: z.preprocess(blank, z.coerce.number().int().min(1).max(99).optional()),
  channel: z.preprocess(blank, z.enum(["INDIVIDUAL", "INSTITUTION"]).optional()),
  institution: z.preprocess(blank, z.uuid().optional()),
  status: z.preprocess(blank, z.enum(QUEUE_STATUSES).default("SUBMITTED")),
  dueBy: optionalIsoDate,
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(1000).default(1)),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

/** The version the reviewer saw: a decision on anything newer is refused (optimistic lock). */
const version = z.coerce.number({ error: "staffReview.errors.stale" }).int().min(0);

export const approveSchema = z.object({ version });

const reason = z.string().trim().max(300, "errors.tooLong");

export const returnSchema = z.object({
  version,
  reasons: z
    .partialRecord(z.enum(RETURN_REASON_KEYS), reason)
    .transform(
      (all) =>
        Object.fromEntries(Object.entries(all).filter(([, text]) => text && text.length > 0)) as Partial<
          Record<ReturnReasonKey, string>
        >,
    )
    .refine((kept) => Object.keys(kept).length > 0, "staffReview.errors.reasonRequired"),
});
export type ReturnInput = z.infer<typeof returnSchema>;

export const rejectSchema = z.object({
  version,
  reason: z
    .string({ error: "staffReview.errors.rejectReasonRequired" })
    .trim()
    .min(2, "staffReview.errors.rejectReasonRequired")
    .max(500, "errors.tooLong"),
});

/** Bulk approve posts `id:version` pairs of the rows ticked in the queue. */
export const bulkApproveSchema = z.object({
  items: z
    .array(z.string().regex(/^[0-9a-f-]{36}:\d+$/i))
    .min(1, "staffReview.errors.noneSelected")
    .max(200)
    .transform((pairs) => pairs.map((p) => ({ id: p.slice(0, 36), version: Number(p.slice(37)) }))),
});
