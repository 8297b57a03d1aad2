import { z } from "zod";
import type { PaymentStatus, RefundStatus } from "@/lib/generated/prisma/enums";
import { batchQuerySchema } from "./institution-batch-schema";

/**
 * The staff area's GET filters (ADR 138, 140): each page parses its `searchParams` with one of
 * these and its filter form (`useSearchForm`) checks the fields with the same object. A filter
 * never refuses an address: what does not parse is dropped (`.catch`), as the pages did before.
 */

export const PAYMENT_STATES = ["PENDING", "CONFIRMED", "RETURNED"] as const satisfies readonly PaymentStatus[];
export const REFUND_STATES = ["DUE", "PAID"] as const satisfies readonly RefundStatus[];

export const PAYMENT_SEARCH_MAX = 50;

/** A single string, else nothing (a repeated parameter or an empty field). */
const one = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);

/** 五: every receipt, searched by free text (cut to 50 characters) and a state. */
export const paymentSearchQuerySchema = z.object({
  q: z.preprocess(one, z.string().trim().optional()).transform((q) => q?.slice(0, PAYMENT_SEARCH_MAX) ?? ""),
  status: z.preprocess(one, z.enum(PAYMENT_STATES).optional()).catch(undefined),
});
export type PaymentSearchQuery = z.output<typeof paymentSearchQuerySchema>;

/** Finance's refunds, by state. */
export const refundQuerySchema = z.object({
  status: z.preprocess(one, z.enum(REFUND_STATES).optional()).catch(undefined),
});
export type RefundQuery = z.output<typeof refundQuerySchema>;

/** The paperwork page's `?batch=`: the same rule as the institution pages' batch picker. */
export const paperworkQuerySchema = batchQuerySchema;

export const PLAN_DECISIONS = ["move", "cancel"] as const;

/**
 * A plan's decision preview (`?decide=move&target=…` or `?decide=cancel`): the target stays any
 * string, because the preview itself says when a batch cannot take the plan's candidates.
 */
export const planPreviewQuerySchema = z.object({
  decide: z.preprocess(one, z.enum(PLAN_DECISIONS).optional()).catch(undefined),
  target: z.preprocess(one, z.string().optional()).catch(undefined),
});
export type PlanPreviewQuery = z.output<typeof planPreviewQuerySchema>;
