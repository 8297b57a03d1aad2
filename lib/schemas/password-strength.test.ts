import { describe, expect, it } from "vitest";
import { changePasswordSchemaFor, passwordField, signUpSchema } from "./account-schema";
import { passwordWeakness, personalInputs } from "./password-strength";

const ID = "510104199003074518";
const MOBILE = "13800001111";
const form = {
  name: "赵磊",
  idNumber: ID,
  mobile: MOBILE,
  email: "",
  code: "123456",
  privacyConsent: "on",
  sensitiveConsent: "on",
};

function signUpErrors(password: string) {
  const parsed = signUpSchema("2025-05-08").safeParse({ ...form, password, confirmPassword: password });
  return parsed.success ? [] : parsed.error.issues.filter((i) => i.path[0] === "password").map((i) => i.message);
}

describe("password rule (issue 10 item 7)", () => {
  it.each(["password1", "12345678a", "qwerty123", "Passw0rdOk"])("refuses the common password %s", (password) => {
    const parsed = passwordField.safeParse(password);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["identity.password.weak"]);
  });

  it("refuses a letter plus the birth date of the ID number, as built from personal data", () => {
    expect(signUpErrors("a19900307")).toEqual(["identity.password.personal"]);
    expect(signUpErrors("a900307ab")).not.toEqual([]);
  });

  it("refuses the mobile number with a letter", () => {
    expect(signUpErrors(`${MOBILE}b`)).toEqual(["identity.password.personal"]);
  });

  it("keeps the old rules and their messages", () => {
    expect(passwordField.safeParse("a").error?.issues.map((i) => i.message)).toContain("errors.password.tooShort");
    expect(passwordField.safeParse("abcdefghijkl").error?.issues.map((i) => i.message)).toContain("errors.password.needsDigit");
    expect(passwordField.safeParse("8437291056").error?.issues.map((i) => i.message)).toContain("errors.password.needsLetter");
  });

  it("accepts a password that is long and not from a list", () => {
    expect(signUpErrors("Lantern-2025-river")).toEqual([]);
    expect(passwordWeakness("Temp2025pass")).toBeNull();
  });

  it("change password checks the person's own data too", () => {
    const schema = changePasswordSchemaFor(personalInputs({ idNumber: ID, mobile: MOBILE }));
    const parsed = schema.safeParse({ currentPassword: "x", newPassword: "k19900307", confirmPassword: "k19900307" });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(["identity.password.personal"]);
  });
});
