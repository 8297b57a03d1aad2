import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { batchQuerySchema } from "./institution-batch-schema";
import {
  candidateConditionFormSchema,
  candidateIdentityFormSchema,
  candidatePersonalFormSchema,
  institutionCandidateIdSchema,
} from "./institution-correction-schema";
import { candidateFilterSchema } from "./institution-filter-schema";
import { batchPaymentSelectionSchema } from "./institution-payment-schema";
import { rosterSubmitSchema } from "./institution-roster-schema";

/**
 * ADR 133, 138: the institution's forms check their fields in the browser with the schema their
 * action parses with, so the browser refuses what the server refuses, with the same message key.
 */
const ID = "0b9a4f8e-2c1d-4e5f-9a6b-7c8d9e0f1a2b";

function keysOf(schema: z.ZodType, input: unknown): Record<string, string[]> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (out[String(issue.path[0] ?? "")] ??= []).push(issue.message);
  return out;
}

describe("institution action schemas (shared by browser and server)", () => {
  it("a button-only form's schema is its hidden id: a malformed or missing id is the application's notFound", () => {
    expect(keysOf(institutionCandidateIdSchema, { applicationId: ID })).toEqual({});
    expect(keysOf(institutionCandidateIdSchema, { applicationId: "x" })).toEqual({
      applicationId: ["errors.application.notFound"],
    });
    expect(keysOf(institutionCandidateIdSchema, {})).toEqual({ applicationId: ["errors.application.notFound"] });
  });

  it("the identity form refuses a short mobile and a name with digits, as the roster does", () => {
    expect(keysOf(candidateIdentityFormSchema, { applicationId: ID, name: "韩静怡", mobile: "1370000" })).toEqual({
      mobile: ["institutionBatch.errors.mobile"],
    });
    expect(keysOf(candidateIdentityFormSchema, { applicationId: ID, name: "韩1", mobile: "13700004321" })).toEqual({
      name: ["institutionBatch.errors.name"],
    });
    expect(candidateIdentityFormSchema.parse({ applicationId: ID, name: "韩静怡", mobile: "13700004321" })).toMatchObject({
      name: "韩静怡",
      mobile: "13700004321",
    });
  });

  it("the personal and condition forms are the wizard's steps plus the id", () => {
    expect(keysOf(candidateConditionFormSchema, { applicationId: ID, conditionCode: "" })).toEqual({
      conditionCode: ["errors.condition.required"],
    });
    const personal = { education: "BACHELOR", graduatingThisYear: null, address: "成都", educationProofCase: "1" };
    expect(keysOf(candidatePersonalFormSchema, { ...personal, applicationId: ID })).toEqual({ address: ["errors.address"] });
    expect(keysOf(candidatePersonalFormSchema, { ...personal, address: "成都市武侯区一环路南一段24号" })).toEqual({
      applicationId: ["errors.application.notFound"],
    });
  });

  it("the payment notice takes the ticked boxes as the server's list or react-hook-form's one value or false", () => {
    expect(keysOf(batchPaymentSelectionSchema, { batchId: ID, applicationIds: [ID, ID] })).toEqual({});
    expect(batchPaymentSelectionSchema.parse({ batchId: ID, applicationIds: ID }).applicationIds).toEqual([ID]);
    expect(keysOf(batchPaymentSelectionSchema, { batchId: ID, applicationIds: false })).toEqual({
      applicationIds: ["institution.errors.payment.noneSelected"],
    });
    expect(keysOf(batchPaymentSelectionSchema, { batchId: ID, applicationIds: [] })).toEqual({
      applicationIds: ["institution.errors.payment.noneSelected"],
    });
  });

  it("the roster's pledge: react-hook-form's true and the post's on pass, an unticked box is pledgeRequired", () => {
    expect(keysOf(rosterSubmitSchema, { uploadId: ID, pledge: true })).toEqual({});
    expect(keysOf(rosterSubmitSchema, { uploadId: ID, pledge: "on" })).toEqual({});
    expect(keysOf(rosterSubmitSchema, { uploadId: ID, pledge: false })).toEqual({
      pledge: ["institution.errors.roster.pledgeRequired"],
    });
  });
});

describe("GET filter schemas (useSearchForm, ADR 138)", () => {
  it("?batch= keeps a batch id and drops anything else, so the page shows its default batch", () => {
    expect(batchQuerySchema.parse({ batch: ID })).toEqual({ batch: ID });
    expect(batchQuerySchema.parse({ batch: "../x" })).toEqual({ batch: undefined });
    expect(batchQuerySchema.parse({})).toEqual({ batch: undefined });
  });

  it("the candidate filter drops a malformed field rather than refusing the page (its form never shows an error)", () => {
    expect(candidateFilterSchema.parse({ batch: "x", project: "abc", status: "draft", q: "  张三  " })).toEqual({
      batch: undefined,
      project: undefined,
      status: undefined,
      q: "张三",
      page: 1,
    });
  });
});
