import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseDataKeys } from "@/lib/db-crypto/keys";
import { demoWanted, ensureDataKeys } from "./runtime-env";

let dir: string;
const saved = { data: process.env.PORTAL_DATA_KEYS, hmac: process.env.PORTAL_HMAC_KEY };

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "portal-keys-"));
  delete process.env.PORTAL_DATA_KEYS;
  delete process.env.PORTAL_HMAC_KEY;
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, value] of [
    ["PORTAL_DATA_KEYS", saved.data],
    ["PORTAL_HMAC_KEY", saved.hmac],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe("ensureDataKeys (npm start on a machine without keys, ADR 057)", () => {
  it("generates valid keys once into .data/data-keys, readable by the owner only, and reuses them", () => {
    const first = ensureDataKeys(dir);
    expect(() => parseDataKeys(first)).not.toThrow();
    expect(statSync(path.join(dir, "data-keys")).mode & 0o777).toBe(0o600);
    delete process.env.PORTAL_DATA_KEYS;
    delete process.env.PORTAL_HMAC_KEY;
    expect(ensureDataKeys(dir)).toEqual(first);
    expect(readFileSync(path.join(dir, "data-keys"), "utf8")).toContain(first.PORTAL_HMAC_KEY);
  });

  it("keys given in the environment win, and nothing is written", () => {
    process.env.PORTAL_DATA_KEYS = `op:${Buffer.alloc(32, 5).toString("base64")}`;
    process.env.PORTAL_HMAC_KEY = Buffer.alloc(32, 6).toString("base64");
    expect(ensureDataKeys(dir).PORTAL_DATA_KEYS).toMatch(/^op:/);
    expect(() => statSync(path.join(dir, "data-keys"))).toThrow();
  });
});

describe("issue 10: demo accounts only where asked for", () => {
  it("embedded database: demo unless PORTAL_DEMO=0", () => {
    expect(demoWanted(undefined, true)).toBe(true);
    expect(demoWanted("0", true)).toBe(false);
  });
  it("DATABASE_URL: catalog only unless PORTAL_DEMO=1", () => {
    expect(demoWanted(undefined, false)).toBe(false);
    expect(demoWanted("", false)).toBe(false);
    expect(demoWanted("true", false)).toBe(false);
    expect(demoWanted("1", false)).toBe(true);
  });
});
