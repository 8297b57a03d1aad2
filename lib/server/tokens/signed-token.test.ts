import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signToken, verifyToken, type TokenPayload } from "./signed-token";

const SECRET = "test-secret-at-least-16-chars-long";
const OTHER = "another-secret-of-sufficient-size";
const TICKET: TokenPayload = { t: "ticket", id: "25050100019", v: 1 };
const CERT: TokenPayload = { t: "certificate", id: "SC202514001236", v: 1 };

function b64(json: string): string {
  return Buffer.from(json).toString("base64url");
}

describe("signed-token: QR codes on 准考证 (六) and 证书 (九), ADR 006", () => {
  it("round-trips a ticket and a certificate token", () => {
    expect(verifyToken(signToken(TICKET, SECRET), SECRET, "ticket")).toEqual({ ok: true, payload: TICKET });
    expect(verifyToken(signToken(CERT, SECRET), SECRET, "certificate")).toEqual({ ok: true, payload: CERT });
  });

  it("is compact, deterministic and carries no personal data", () => {
    const token = signToken(TICKET, SECRET);
    expect(token).toBe(signToken({ v: 1, id: TICKET.id, t: "ticket" }, SECRET));
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
    expect(token.length).toBeLessThan(80);
    const [body] = token.split(".");
    expect(JSON.parse(Buffer.from(body ?? "", "base64url").toString())).toEqual({ t: "ticket", id: TICKET.id, v: 1 });
  });

  it("refuses a token with any changed character (tampering)", () => {
    const token = signToken(TICKET, SECRET);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (let i = 0; i < token.length; i++) {
      if (token[i] === ".") continue;
      const replacement = alphabet[(alphabet.indexOf(token[i] ?? "A") + 1) % alphabet.length];
      const tampered = token.slice(0, i) + replacement + token.slice(i + 1);
      expect(verifyToken(tampered, SECRET, "ticket").ok, tampered).toBe(false);
    }
  });

  it("refuses another ticket number under the original signature", () => {
    const [, tag] = signToken(TICKET, SECRET).split(".");
    const forged = `${b64(JSON.stringify({ t: "ticket", id: "25050100027", v: 1 }))}.${tag}`;
    expect(verifyToken(forged, SECRET, "ticket")).toEqual({ ok: false, error: "bad-signature" });
  });

  it("refuses a token signed with another secret", () => {
    expect(verifyToken(signToken(TICKET, OTHER), SECRET, "ticket")).toEqual({ ok: false, error: "bad-signature" });
  });

  it("refuses a certificate token where a ticket is expected, and the reverse", () => {
    expect(verifyToken(signToken(CERT, SECRET), SECRET, "ticket")).toEqual({ ok: false, error: "wrong-type" });
    expect(verifyToken(signToken(TICKET, SECRET), SECRET, "certificate")).toEqual({ ok: false, error: "wrong-type" });
  });

  it("does not accept a plain HMAC under the raw secret (the key is derived for this purpose)", () => {
    const body = b64(JSON.stringify(TICKET));
    const raw = createHmac("sha256", SECRET).update(body).digest().subarray(0, 16).toString("base64url");
    expect(verifyToken(`${body}.${raw}`, SECRET, "ticket")).toEqual({ ok: false, error: "bad-signature" });
  });

  it("reports malformed tokens without throwing", () => {
    const good = signToken(TICKET, SECRET);
    const [body, tag] = good.split(".");
    for (const bad of [
      "",
      ".",
      good + ".",
      `${body}.`,
      `.${tag}`,
      `${body}.${tag}=`,
      `${body}.${(tag ?? "").slice(0, -2)}`,
      `${body}.${tag}AA`,
      `${body}!.${tag}`,
      "x".repeat(300),
      `${body}.${tag}`.replace(".", " ."),
    ]) {
      const r = verifyToken(bad, SECRET, "ticket");
      expect(r.ok, JSON.stringify(bad)).toBe(false);
    }
    expect(verifyToken(good.replace(".", ".."), SECRET, "ticket")).toEqual({ ok: false, error: "malformed" });
  });

  it("reads payloads only after the MAC checks, and validates them then", () => {
    // Correctly signed but unusable payloads: shows the order of checks and the error codes.
    // signToken refuses such payloads, so the tag is computed here the way the module does.
    const sign = (json: string): string => {
      const body = b64(json);
      const key = createHmac("sha256", SECRET).update("sichuan-assessment-portal/qr-token/v1").digest();
      return `${body}.${createHmac("sha256", key).update(body).digest().subarray(0, 16).toString("base64url")}`;
    };
    expect(verifyToken(sign('{"t":"ticket","id":"25050100019","v":2}'), SECRET, "ticket")).toEqual({
      ok: false,
      error: "unsupported-version",
    });
    expect(verifyToken(sign('{"t":"seat","id":"1","v":1}'), SECRET, "ticket")).toEqual({ ok: false, error: "malformed" });
    expect(verifyToken(sign('{"t":"ticket","id":"<script>","v":1}'), SECRET, "ticket")).toEqual({
      ok: false,
      error: "malformed",
    });
    expect(verifyToken(sign("not json"), SECRET, "ticket")).toEqual({ ok: false, error: "malformed" });
    expect(verifyToken(sign("null"), SECRET, "ticket")).toEqual({ ok: false, error: "malformed" });
  });

  it("refuses to sign bad payloads or use a weak secret", () => {
    expect(() => signToken({ ...TICKET, id: "25 05" }, SECRET)).toThrow(RangeError);
    expect(() => signToken({ ...TICKET, id: "" }, SECRET)).toThrow(RangeError);
    expect(() => signToken({ ...TICKET, t: "seat" as "ticket" }, SECRET)).toThrow(RangeError);
    expect(() => signToken(TICKET, "short")).toThrow(RangeError);
    expect(() => verifyToken(signToken(TICKET, SECRET), "", "ticket")).toThrow(RangeError);
  });
});
