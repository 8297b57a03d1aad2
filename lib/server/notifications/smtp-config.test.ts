import { describe, expect, it } from "vitest";
import { SENDER_NAME, smtpConfig } from "./smtp-config";

describe("SMTP_URL and SMTP_FROM (ADR 045)", () => {
  it("without SMTP_URL there is no mail server", () => {
    expect(smtpConfig({})).toBeNull();
  });

  it("reads nodemailer's URL, its query options included, and adds the pool and timeouts", () => {
    const config = smtpConfig({ SMTP_URL: "smtps://noreply%40example.cn:p%40ss@mail.example.cn:465?requireTLS=true" })!;
    expect(config.transport).toMatchObject({
      host: "mail.example.cn",
      port: 465,
      secure: true,
      requireTLS: true,
      auth: { user: "noreply@example.cn", pass: "p@ss" },
      pool: true,
      maxConnections: 1,
    });
    expect(config.transport.socketTimeout).toBeLessThan(60_000);
    expect(config.secrets).toEqual(expect.arrayContaining(["p@ss", "p%40ss"]));
  });

  it("sends as the logged-in account when it is an address, else as a placeholder; SMTP_FROM wins", () => {
    expect(smtpConfig({ SMTP_URL: "smtp://noreply%40example.cn:pw1@mail.example.cn" })!.from).toBe(
      `${SENDER_NAME} <noreply@example.cn>`,
    );
    expect(smtpConfig({ SMTP_URL: "smtp://relay.internal:25" })!.from).toBe(`${SENDER_NAME} <noreply@localhost>`);
    expect(smtpConfig({ SMTP_URL: "smtp://relay.internal:25", SMTP_FROM: "bm@example.gov.cn" })!.from).toBe("bm@example.gov.cn");
  });
});
