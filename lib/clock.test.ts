import { afterEach, describe, expect, it, vi } from "vitest";
import type * as Env from "@/lib/env";

const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/env", async (original) => {
  const env = await original<typeof Env>();
  return {
    ...env,
    readEnv: (...args: Parameters<typeof env.readEnv>) => {
      reads.count += 1;
      return env.readEnv(...args);
    },
  };
});

const { now, isClockPinned } = await import("./clock");

const before = process.env.PORTAL_NOW;
afterEach(() => {
  if (before === undefined) delete process.env.PORTAL_NOW;
  else process.env.PORTAL_NOW = before;
});

describe("now(): PORTAL_NOW (ADR 152)", () => {
  it("works from the first call without PORTAL_NOW (production)", async () => {
    delete process.env.PORTAL_NOW;
    vi.resetModules();
    const fresh = await import("./clock");
    expect(fresh.isClockPinned()).toBe(false);
    expect(fresh.now()).toBeInstanceOf(Date);
  });

  it("checks the environment when PORTAL_NOW changes, not on every call", () => {
    process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
    now();
    reads.count = 0;
    for (let i = 0; i < 50; i++) expect(now().toISOString()).toBe("2025-05-08T02:00:00.000Z");
    expect(isClockPinned()).toBe(true);
    expect(reads.count).toBe(0);
  });

  it("still follows a moved PORTAL_NOW, and refuses a malformed one", () => {
    process.env.PORTAL_NOW = "2025-05-08T10:00:00+08:00";
    expect(now().toISOString()).toBe("2025-05-08T02:00:00.000Z");
    process.env.PORTAL_NOW = "2026-01-02T00:00:00+08:00";
    expect(now().toISOString()).toBe("2026-01-01T16:00:00.000Z");
    process.env.PORTAL_NOW = "tomorrow";
    expect(() => now()).toThrow(/PORTAL_NOW/);
    delete process.env.PORTAL_NOW;
    expect(isClockPinned()).toBe(false);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(60_000);
  });
});
