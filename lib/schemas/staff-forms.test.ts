import { describe, expect, it } from "vitest";
import { appealDecisionFor, correctionDecisionFor, paperArrivalSchema } from "./staff-desk-forms";
import {
  dismissLineFormSchema,
  linkLinesFormSchema,
  settleRefundFormSchema,
  statementImportFormSchema,
} from "./staff-payment-forms";
import { rejectFormSchema, returnFormSchema, returnFormValues } from "./staff-review-forms";

const ID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const READY = "0f8fad5b-d9cb-469f-a165-70867728950e";

/** The failures as the forms show them: field → message keys. */
function failures(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("the return form: ready-made reasons and own words as one schema (ADR 140)", () => {
  it("refuses a return with no reason anywhere, on the first field's own words", () => {
    const result = returnFormSchema.safeParse(
      returnFormValues(
        form([
          ["applicationId", ID],
          ["version", "3"],
        ]),
      ),
    );
    expect(failures(result)).toEqual({ reason_condition: "staffReview.errors.reasonRequired" });
  });

  it("takes the reviewer's own words for one field, trimmed", () => {
    const result = returnFormSchema.safeParse(
      returnFormValues(
        form([
          ["applicationId", ID],
          ["version", "3"],
          ["reason_PHOTO", "  请换一张照片 "],
        ]),
      ),
    );
    expect(result.data?.reason_PHOTO).toBe("请换一张照片");
    expect(result.data?.version).toBe(3);
  });

  it("takes a ticked ready-made reason alone, as the form posts it and as react-hook-form reads one checkbox", () => {
    const posted = returnFormSchema.safeParse(
      returnFormValues(
        form([
          ["applicationId", ID],
          ["version", "0"],
          ["pick_PHOTO", READY],
        ]),
      ),
    );
    expect(posted.data?.pick_PHOTO).toEqual([READY]);
    const browser = returnFormSchema.safeParse({ applicationId: ID, version: "0", pick_PHOTO: READY, pick_school: false });
    expect(browser.success).toBe(true);
    expect(browser.data?.pick_school).toEqual([]);
  });

  it("says a too long reason under its own field", () => {
    const result = returnFormSchema.safeParse({ applicationId: ID, version: "0", reason_address: "长".repeat(301) });
    expect(failures(result)).toEqual({ reason_address: "errors.tooLong" });
  });

  it("refuses a page without the application's id (a stale page)", () => {
    expect(failures(rejectFormSchema.safeParse({ version: "1", reason: "不符合申报条件" }))).toHaveProperty("applicationId");
  });
});

describe("decisions whose rule depends on the button (`intent`)", () => {
  it("needs the answer only to reject a correction", () => {
    expect(correctionDecisionFor("approve").safeParse({ id: ID, answer: "" }).success).toBe(true);
    expect(failures(correctionDecisionFor("reject").safeParse({ id: ID, answer: " 否 " }))).toEqual({
      answer: "privacy.errors.correctionAnswer",
    });
    expect(correctionDecisionFor("reject").safeParse({ id: ID, answer: "证明材料不清晰" }).data?.answer).toBe("证明材料不清晰");
  });

  it("needs the reason only to reject an appeal", () => {
    expect(appealDecisionFor("approve").safeParse({ appealId: ID, reason: "" }).success).toBe(true);
    expect(failures(appealDecisionFor("reject").safeParse({ appealId: ID, reason: "" }))).toEqual({
      reason: "identity.appeal.reasonRequired",
    });
  });
});

describe("finance's forms", () => {
  it("reads a reference code as a bank's remark carries it", () => {
    expect(linkLinesFormSchema.safeParse({ referenceCode: " gr-2345 6789 ", reason: "电话核实" }).data?.referenceCode).toBe(
      "GR23456789",
    );
    expect(failures(linkLinesFormSchema.safeParse({ referenceCode: "XX1", reason: "好" }))).toEqual({
      referenceCode: "reconciliation.errors.code",
      reason: "reconciliation.errors.reason",
    });
  });

  it("needs a reason to set a line aside, and the line", () => {
    expect(failures(dismissLineFormSchema.safeParse({ lineId: "x", reason: "" }))).toEqual({
      lineId: "errors.generic",
      reason: "reconciliation.errors.reason",
    });
  });

  it("settles a refund with its id, date, account and reference", () => {
    const settled = { paidOn: "2025-05-08", bankReference: "TK0001", payerAccount: "6222 0001" };
    expect(settleRefundFormSchema.safeParse({ ...settled, refundId: ID }).success).toBe(true);
    expect(failures(settleRefundFormSchema.safeParse(settled))).toHaveProperty("refundId");
  });

  it("needs a chosen, non-empty statement file", () => {
    const file = (text: string) => new File([text], "statement.csv", { type: "text/csv" });
    expect(statementImportFormSchema.safeParse({ file: file("日期,金额\n") }).success).toBe(true);
    expect(failures(statementImportFormSchema.safeParse({ file: file("") }))).toEqual({ file: "staffPayments.statement.empty" });
    expect(failures(statementImportFormSchema.safeParse({ file: null }))).toEqual({ file: "staffPayments.statement.empty" });
  });
});

describe("a paper original's arrival", () => {
  const target = { institutionId: ID, batchId: ID, kind: "ROSTER" };
  const schema = paperArrivalSchema("2025-05-08");

  it("takes today or earlier, and blank notes as none", () => {
    const result = schema.safeParse({ ...target, receivedOn: "2025-05-08", deliveredBy: "", notes: " " });
    expect(result.data).toEqual({ ...target, receivedOn: "2025-05-08", deliveredBy: undefined, notes: undefined });
  });

  it("refuses a day after today or not a day", () => {
    expect(failures(schema.safeParse({ ...target, receivedOn: "2025-05-09" }))).toEqual({
      receivedOn: "paperwork.errors.receivedOn",
    });
    expect(failures(schema.safeParse({ ...target, receivedOn: "" }))).toEqual({ receivedOn: "paperwork.errors.receivedOn" });
  });
});
