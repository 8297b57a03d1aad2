import { describe, expect, it } from "vitest";
import {
  MAX_ATTEMPTS,
  deliveryErrorCode,
  describeDeliveryError,
  outboxState,
  retryDelaySeconds,
  stopsTheDrain,
} from "./delivery-policy";

const mailError = (code: string, message: string, command?: string) => Object.assign(new Error(message), { code, command });

describe("retries of an email (ADR 045)", () => {
  it("waits 10 min, 30 min, 1.5 h, 4.5 h after the 1st to 4th failed try", () => {
    expect([1, 2, 3, 4].map(retryDelaySeconds)).toEqual([600, 1800, 5400, 16200]);
  });

  it("names each row's state for the outbox page", () => {
    const row = { sentAt: null, attempts: 0, lastError: null };
    expect(outboxState(row)).toBe("waiting");
    expect(outboxState({ ...row, attempts: 1 })).toBe("sending");
    expect(outboxState({ ...row, attempts: 1, lastError: "ECONNECTION: refused" })).toBe("retrying");
    expect(outboxState({ ...row, attempts: MAX_ATTEMPTS, lastError: "EAUTH: 535" })).toBe("failed");
    expect(outboxState({ ...row, attempts: MAX_ATTEMPTS, sentAt: new Date() })).toBe("sent");
  });
});

describe("a failed send", () => {
  it("stops the drain unless only this email's recipient or content was refused", () => {
    expect(stopsTheDrain(mailError("EENVELOPE", "all recipients were rejected", "RCPT TO"))).toBe(false);
    expect(stopsTheDrain(mailError("EMESSAGE", "554 rejected as spam", "DATA"))).toBe(false);
    expect(stopsTheDrain(mailError("EENVELOPE", "Mail command failed", "MAIL FROM"))).toBe(true);
    expect(stopsTheDrain(mailError("ECONNECTION", "connect ECONNREFUSED"))).toBe(true);
    expect(stopsTheDrain(mailError("EAUTH", "Invalid login: 535"))).toBe(true);
    expect(stopsTheDrain("weird")).toBe(true);
  });

  it("is described in one short line without the password or a full ID number", () => {
    const reply = mailError(
      "EAUTH",
      "Invalid login: 535 user noreply@example.cn pass s3cret!\n for 510104199001011230",
      "AUTH PLAIN",
    );
    expect(describeDeliveryError(reply, ["s3cret!"])).toBe(
      "EAUTH: Invalid login: 535 user noreply@example.cn pass *** for 510***********1230",
    );
    expect(describeDeliveryError(mailError("ECONNECTION", "x".repeat(500)))).toHaveLength(300);
    expect(describeDeliveryError("boom")).toBe("ERROR: boom");
  });

  it("logs only a code that names no one", () => {
    expect(deliveryErrorCode(mailError("ETIMEDOUT", "timeout"))).toBe("ETIMEDOUT");
    expect(deliveryErrorCode(mailError("a@b.cn", "odd"))).toBe("ERROR");
    expect(deliveryErrorCode(null)).toBe("ERROR");
  });
});
