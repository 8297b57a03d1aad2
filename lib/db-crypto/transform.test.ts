import { beforeAll, describe, expect, it } from "vitest";
import { decryptText, isEncryptedText } from "./envelope";
import { clonePlain, decryptResult, encryptData, hashOf, rewriteNestedReads, rewriteWhere, type Relations } from "./transform";

const relations: Relations = new Map([
  ["Application", new Map([["candidate", "Candidate"]])],
  [
    "Candidate",
    new Map([
      ["user", "User"],
      ["applications", "Application"],
    ]),
  ],
  ["User", new Map([["candidate", "Candidate"]])],
]);

beforeAll(() => {
  process.env.PORTAL_DATA_KEYS ||= `t2:${Buffer.alloc(32, 2).toString("base64")}`;
  process.env.PORTAL_HMAC_KEY ||= Buffer.alloc(32, 7).toString("base64");
});

describe("the extension's rewriting (ADR 057)", () => {
  it("encrypts a nested create and fills the hashes; staff logins and names stay plain", () => {
    const data: Record<string, unknown> = {
      kind: "CANDIDATE",
      login: "110101199003074518",
      displayName: "王小明",
      candidate: { create: { idNumber: "110101199003074518", name: "王小明", mobile: null } },
    };
    encryptData("User", data, "create", relations);
    expect(isEncryptedText(data.login as string)).toBe(true);
    expect(decryptText(data.displayName as string)).toBe("王小明");
    expect(data.loginHash).toBe(hashOf("login", "110101199003074518"));
    const candidate = (data.candidate as { create: Record<string, unknown> }).create;
    expect(candidate.idNumberHash).toBe(hashOf("idNumber", "110101199003074518"));
    expect(candidate.nameHash).toBe(hashOf("name", "王 小明"));
    expect(candidate.mobile).toBeNull();
    const staff: Record<string, unknown> = { kind: "STAFF", login: "reviewer", displayName: "审核员" };
    encryptData("User", staff, "create", relations);
    expect(staff).toMatchObject({ login: "reviewer", displayName: "审核员", loginHash: hashOf("login", "reviewer") });
  });

  it("rewrites exact filters to the hash at any depth, and refuses the others", () => {
    const where: Record<string, unknown> = {
      status: "SUBMITTED",
      OR: [{ candidate: { idNumber: { in: ["a", "b"] } } }, { candidate: { is: { name: "张三" } } }],
    };
    rewriteWhere("Application", where, relations);
    expect(where).toEqual({
      status: "SUBMITTED",
      OR: [
        { candidate: { idNumberHash: { in: [hashOf("idNumber", "a"), hashOf("idNumber", "b")] } } },
        { candidate: { is: { nameHash: hashOf("name", "张三") } } },
      ],
    });
    expect(() => rewriteWhere("Candidate", { name: { startsWith: "张" } }, relations)).toThrow(/encrypted at rest/);
    const nested = { select: { applications: { where: { candidate: { idNumber: "a" } }, select: { id: true } } } };
    rewriteNestedReads("Candidate", nested, relations);
    expect(nested.select.applications.where).toEqual({ candidate: { idNumberHash: hashOf("idNumber", "a") } });
    const login = { login: { contains: "staff", mode: "insensitive" } };
    rewriteWhere("User", login, relations);
    expect(login).toEqual({ login: { contains: "staff", mode: "insensitive" } });
  });

  it("never changes the caller's objects, and decrypts results wherever the field name appears", () => {
    const args = { data: { idNumber: "x", name: "y" } };
    const copy = clonePlain(args);
    encryptData("Candidate", copy.data, "create", relations);
    expect(args.data).toEqual({ idNumber: "x", name: "y" });
    const rows = decryptResult([{ candidate: { ...copy.data }, idNumberHash: "h", at: new Date(0) }]);
    expect(rows[0]).toMatchObject({ candidate: { idNumber: "x", name: "y" }, at: new Date(0) });
  });
});
