import { describe, expect, it, vi } from "vitest";

// The hash itself is @node-rs/argon2's: replaced here by one that counts how many run at once.
let inPool = 0;
let most = 0;
vi.mock("@node-rs/argon2", () => {
  const work = async <T>(value: T): Promise<T> => {
    inPool += 1;
    most = Math.max(most, inPool);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inPool -= 1;
    return value;
  };
  return {
    hash: (password: string) => work(`hashed:${password}`),
    verify: async (hashed: unknown, password: string) => {
      if (typeof hashed !== "string") throw new Error("not a hash");
      return work(hashed === `hashed:${password}`);
    },
  };
});

const { ARGON2_AT_ONCE, hashPassword, verifyPassword } = await import("./password");

describe("ADR 120: at most one argon2 hash per core in libuv's pool", () => {
  it("lets a login surge wait its turn, and answers every login", async () => {
    most = 0;
    const answers = await Promise.all(
      Array.from({ length: 5 * ARGON2_AT_ONCE + 3 }, (_, i) => verifyPassword("hashed:right", i % 2 ? "right" : "wrong")),
    );
    expect(most).toBe(ARGON2_AT_ONCE);
    expect(answers.filter(Boolean)).toHaveLength(Math.floor((5 * ARGON2_AT_ONCE + 3) / 2));
    expect(inPool).toBe(0);
  });

  it("counts hashing too, and frees the slot of a hash that fails", async () => {
    most = 0;
    const broken = Array.from({ length: 3 * ARGON2_AT_ONCE }, () => verifyPassword(null as unknown as string, "x"));
    const hashes = Array.from({ length: 4 * ARGON2_AT_ONCE }, () => hashPassword("x"));
    expect(await Promise.all(broken)).toEqual(broken.map(() => false));
    expect(await Promise.all(hashes)).toEqual(hashes.map(() => "hashed:x"));
    expect(most).toBe(ARGON2_AT_ONCE);
  });
});
