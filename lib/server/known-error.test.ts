import { describe, expect, it } from "vitest";
import { AppError, HTTP_STATUS } from "@/lib/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { translateFailure } from "@/lib/i18n/translate-key";
import { actionFailure } from "./action-failure";
import { isDatabaseBusy } from "./db-errors";
import { knownFailure } from "./known-error";

/** What Prisma throws when a transaction did not start within maxWait or ran past its timeout (ADR 145). */
const transactionError = (message: string) =>
  new Prisma.PrismaClientKnownRequestError(`Transaction API error: ${message}`, { code: "P2028", clientVersion: "7" });

describe("a busy database is a refusal to try again, through the one error channel (ADR 130, 149)", () => {
  it("recognises the transaction manager's P2028, the pool's P2024 and too many connections (P2037)", () => {
    expect(isDatabaseBusy(transactionError("Unable to start a transaction in the given time."))).toBe(true);
    expect(isDatabaseBusy(transactionError("Transaction not found."))).toBe(true);
    expect(isDatabaseBusy({ code: "P2024" })).toBe(true);
    expect(isDatabaseBusy({ code: "P2037" })).toBe(true);
    expect(isDatabaseBusy({ code: "P2002" })).toBe(false);
    expect(isDatabaseBusy(new Error("P2028"))).toBe(false);
    expect(isDatabaseBusy(null)).toBe(false);
  });

  it("an action answers errors.busyTryAgain with the values typed, not the error page", () => {
    const answer = actionFailure(transactionError("Transaction not found."), { next: "pledge" });
    expect(answer).toEqual({
      ok: false,
      formError: { key: "errors.busyTryAgain" },
      fieldErrors: {},
      values: { next: "pledge" },
    });
    expect(translateFailure({ key: "errors.busyTryAgain" })).toBe("系统繁忙，请稍后重试。");
    expect(translateFailure({ key: "errors.busyTryAgain" }, "en")).toBe("The system is busy. Please try again in a moment.");
  });

  it("a route handler answers 503 with the same key; an AppError stays itself; a bug is still a bug", () => {
    const busy = knownFailure({ code: "P2024" });
    expect(busy).toMatchObject({ code: "BUSY", failure: { key: "errors.busyTryAgain" } });
    expect(HTTP_STATUS[busy!.code]).toBe(503);
    const refusal = new AppError("CONFLICT", "errors.generic");
    expect(knownFailure(refusal)).toBe(refusal);
    expect(knownFailure(new TypeError("x is undefined"))).toBeNull();
    expect(() => actionFailure(new TypeError("x is undefined"))).toThrow(TypeError);
  });
});
