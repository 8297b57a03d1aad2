import { describe, expect, it } from "vitest";
import { auditQuerySchema } from "./staff-audit-schema";
import {
  paperworkQuerySchema,
  paymentSearchQuerySchema,
  planPreviewQuerySchema,
  refundQuerySchema,
} from "./staff-filter-schemas";

const ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("the staff GET filters never refuse an address (ADR 140)", () => {
  it("the receipts' search keeps a state it knows and cuts the text to 50 characters", () => {
    expect(paymentSearchQuerySchema.parse({ q: " 张三 ", status: "CONFIRMED" })).toEqual({ q: "张三", status: "CONFIRMED" });
    expect(paymentSearchQuerySchema.parse({ q: "x".repeat(80) }).q).toHaveLength(50);
    expect(paymentSearchQuerySchema.parse({ status: "PAID" })).toEqual({ q: "", status: undefined });
    expect(paymentSearchQuerySchema.parse({ q: ["a", "b"], status: ["PENDING", "RETURNED"] })).toEqual({
      q: "",
      status: undefined,
    });
    expect(paymentSearchQuerySchema.parse({ q: "", status: "" })).toEqual({ q: "", status: undefined });
  });

  it("the refunds' filter keeps DUE or PAID and drops anything else", () => {
    expect(refundQuerySchema.parse({ status: "DUE" })).toEqual({ status: "DUE" });
    expect(refundQuerySchema.parse({ status: "PAID" })).toEqual({ status: "PAID" });
    expect(refundQuerySchema.parse({ status: "CONFIRMED" })).toEqual({ status: undefined });
    expect(refundQuerySchema.parse({})).toEqual({ status: undefined });
  });

  it("the paperwork's batch is an id or nothing", () => {
    expect(paperworkQuerySchema.parse({ batch: ID })).toEqual({ batch: ID });
    expect(paperworkQuerySchema.parse({ batch: "2026-1" })).toEqual({ batch: undefined });
  });

  it("a plan's preview asks for a move or a cancellation, the target left to the preview", () => {
    expect(planPreviewQuerySchema.parse({ decide: "move", target: ID })).toEqual({ decide: "move", target: ID });
    expect(planPreviewQuerySchema.parse({ decide: "cancel" })).toEqual({ decide: "cancel", target: undefined });
    expect(planPreviewQuerySchema.parse({ decide: "merge", target: "" })).toEqual({ decide: undefined, target: undefined });
  });

  it("the audit search says a too long text or an impossible day under its field", () => {
    const result = auditQuerySchema.safeParse({ action: "a".repeat(61), from: "2026-02-30" });
    expect(result.success).toBe(false);
    const paths = (result.error?.issues ?? []).map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["action", "from"]));
    expect(auditQuerySchema.parse({ action: "", from: "2026-02-28" })).toMatchObject({ action: undefined, from: "2026-02-28" });
  });
});
