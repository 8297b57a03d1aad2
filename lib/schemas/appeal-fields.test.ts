import { describe, expect, it } from "vitest";
import { withCheckDigit } from "@/lib/domain/id-number";
import { appealFieldsSchema } from "./appeal-fields";
import { appealSchema } from "./appeal-schema";

const TODAY = "2025-05-08";
const appeal = {
  name: "王小明",
  idNumber: withCheckDigit("51010419900101123"),
  contactMobile: "13800000001",
  password: "password1",
  confirmPassword: "password1",
  sensitiveConsent: "on",
};
const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join("."));

describe("账号申诉: the browser's fields and the server's strength check (ADR 133, 142)", () => {
  it("the browser checks the shape only: a common password passes there", () => {
    expect(appealFieldsSchema(TODAY).safeParse(appeal).success).toBe(true);
  });

  it("the action's schema adds the strength check on the same fields", () => {
    expect(paths(appealSchema(TODAY).safeParse(appeal))).toEqual(["password"]);
  });

  it("both refuse a mismatched confirmation and an unticked consent", () => {
    const wrong = { ...appeal, password: "Meadow2025ok", confirmPassword: "Meadow2025no", sensitiveConsent: undefined };
    expect(paths(appealFieldsSchema(TODAY).safeParse(wrong)).sort()).toEqual(["confirmPassword", "sensitiveConsent"]);
    expect(paths(appealSchema(TODAY).safeParse(wrong)).sort()).toEqual(["confirmPassword", "sensitiveConsent"]);
  });
});
