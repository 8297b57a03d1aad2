import { describe, expect, it } from "vitest";
import { followInstitutionApplicationSchema, institutionApplyFormSchema } from "./institution-application-schema";
import { markReadSchema } from "./inbox-schema";
import { nothingTyped, passkeyNameField, removePasskeySchema } from "./passkey-schema";
import { paymentFormSchema } from "./payment-schema";
import { submitApplicationSchema } from "./submit-application-schema";

/** ADR 142: the ids that unbound actions read from hidden inputs (or the pressed button), and the small forms beside them. */
const ID = "6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
const first = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe("ids in hidden inputs", () => {
  it("an application's id for 提交 and for the payment form", () => {
    expect(submitApplicationSchema.parse({ applicationId: ID })).toEqual({ applicationId: ID });
    expect(first(submitApplicationSchema.safeParse({ applicationId: "../other" }))).toBe("errors.generic");
    const payment = paymentFormSchema("2025-05-08");
    const receipt = { payerName: "孙悦", amount: "150", transferDate: "2025-05-08", proxyNote: "" };
    expect(payment.parse({ ...receipt, applicationId: ID })).toMatchObject({ applicationId: ID, amount: 15000 });
    expect(first(payment.safeParse({ ...receipt, applicationId: "" }))).toBe("errors.generic");
  });

  it("标为已读: one message's id or all of them, nothing else", () => {
    expect(markReadSchema.parse({ target: "all" })).toEqual({ target: "all" });
    expect(markReadSchema.parse({ target: ID })).toEqual({ target: ID });
    expect(first(markReadSchema.safeParse({ target: "everything" }))).toBe("errors.generic");
  });

  it("a passkey's id rides on the pressed button; the browser has nothing to check", () => {
    expect(removePasskeySchema.parse({ intent: ID })).toEqual({ intent: ID });
    expect(first(removePasskeySchema.safeParse({ intent: "" }))).toBe("passkeys.errors.notFound");
    expect(nothingTyped.parse({})).toEqual({});
  });

  it("a passkey's name: 1 to 40 characters, trimmed", () => {
    expect(passkeyNameField.parse("  我的手机 ")).toBe("我的手机");
    expect(first(passkeyNameField.safeParse("   "))).toBe("passkeys.errors.name");
    expect(first(passkeyNameField.safeParse("x".repeat(41)))).toBe("passkeys.errors.name");
  });
});

describe("the institution application's public forms", () => {
  const application = {
    organization: "成都数据技术有限公司",
    creditCode: "91510100MA61R2XK3B",
    bodyKind: "ENTERPRISE",
    address: "成都市高新区天府大道100号",
    contactName: "李明",
    contactMobile: "13912340001",
    contactEmail: "",
    projectSeqs: ["1", "3"],
  };

  it("the reference is optional: empty for a new application", () => {
    const parsed = institutionApplyFormSchema.safeParse({ ...application, reference: "" });
    expect(parsed.error?.issues.map((i) => i.path.join("."))).not.toContain("reference");
    expect(parsed.data?.reference ?? undefined).toBeUndefined();
  });

  it("ticks no project: one message for the group", () => {
    const parsed = institutionApplyFormSchema.safeParse({ ...application, projectSeqs: [], reference: "" });
    expect(parsed.error?.issues.find((i) => i.path[0] === "projectSeqs")?.message).toBe("institutionApply.errors.projects");
  });

  it("查询进度 needs a reference and a mobile of the right shape", () => {
    expect(followInstitutionApplicationSchema.parse({ reference: " IA-2025-0001 ", mobile: "13912340001" })).toEqual({
      reference: "IA-2025-0001",
      mobile: "13912340001",
    });
    const wrong = followInstitutionApplicationSchema.safeParse({ reference: "", mobile: "1391234" });
    expect(wrong.error?.issues.map((i) => i.message)).toEqual(["errors.required", "errors.mobile"]);
  });
});
