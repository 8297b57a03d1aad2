import { describe, expect, it } from "vitest";
import { withCheckDigit } from "@/lib/domain/id-number";
import { closeAccountSchema, correctionSchema } from "./privacy-rights-schema";

const TODAY = "2025-05-08";
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("closing the account (ADR 142)", () => {
  it("needs the password and the ticked confirmation, each with its own message", () => {
    expect(messages(closeAccountSchema.safeParse({ password: "", confirm: undefined }))).toEqual({
      password: "privacy.errors.passwordRequired",
      confirm: "privacy.errors.closeConfirmRequired",
    });
  });

  it('takes a ticked box as the form ("on") and react-hook-form (true) send it', () => {
    expect(closeAccountSchema.parse({ password: "Passw0rdOk", confirm: "on" })).toEqual({
      password: "Passw0rdOk",
      confirm: true,
    });
    expect(closeAccountSchema.safeParse({ password: "Passw0rdOk", confirm: true }).success).toBe(true);
  });
});

describe("a correction request (ADR 142)", () => {
  const schema = correctionSchema(TODAY);

  it("checks the value with the field's own rule, as the use case does", () => {
    expect(messages(schema.safeParse({ field: "MOBILE", value: "1391234", reason: "换号" }))).toEqual({
      value: "privacy.errors.correctionMobile",
    });
    expect(messages(schema.safeParse({ field: "ID_NUMBER", value: "510104199001011234", reason: "输错" }))).toEqual({
      value: "privacy.errors.correctionIdNumber",
    });
    expect(messages(schema.safeParse({ field: "NAME", value: "王", reason: "输错" }))).toEqual({
      value: "privacy.errors.correctionName",
    });
  });

  it("refuses an unknown field and a reason shorter than two characters", () => {
    expect(messages(schema.safeParse({ field: "EMAIL", value: "x", reason: " 改 " }))).toEqual({
      field: "privacy.errors.correctionField",
      reason: "privacy.errors.correctionReason",
    });
  });

  it("takes a right value, the reason trimmed", () => {
    expect(schema.parse({ field: "ID_NUMBER", value: withCheckDigit("51010419900101123"), reason: " 登记时输错 " })).toEqual({
      field: "ID_NUMBER",
      value: withCheckDigit("51010419900101123"),
      reason: "登记时输错",
    });
  });
});
