import { describe, expect, it } from "vitest";
import { batchLoader } from "./db-batch";

/** A fake statement: records each batch's keys and answers when `release` is called. */
function fakeStatement() {
  const batches: number[][] = [];
  const pending: (() => void)[] = [];
  const run = (keys: readonly number[]) => {
    batches.push([...keys]);
    return new Promise<(number | Error)[]>((resolve) => {
      pending.push(() => resolve(keys.map((k) => (k < 0 ? new Error(`bad ${k}`) : k * 10))));
    });
  };
  const releaseAll = () => pending.splice(0).forEach((answer) => answer());
  return { batches, run, releaseAll };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("batchLoader (group commit, ADR 053)", () => {
  it("sends the calls of one moment together and answers each with its own value", async () => {
    const statement = fakeStatement();
    const load = batchLoader(statement.run);
    const answers = Promise.all([load(1), load(2), load(3)]);
    await tick();
    statement.releaseAll();
    await expect(answers).resolves.toEqual([10, 20, 30]);
    expect(statement.batches).toEqual([[1, 2, 3]]);
  });

  it("makes calls wait while its batches are with the database, then sends them as one", async () => {
    const statement = fakeStatement();
    const load = batchLoader(statement.run, { maxInFlight: 1 });
    const early = load(1);
    await tick();
    const late = [load(2), load(3)];
    await tick();
    const later = load(4);
    await tick();
    expect(statement.batches).toEqual([[1]]);
    statement.releaseAll();
    await expect(early).resolves.toBe(10);
    await tick();
    expect(statement.batches).toEqual([[1], [2, 3, 4]]);
    statement.releaseAll();
    await expect(Promise.all([...late, later])).resolves.toEqual([20, 30, 40]);
  });

  it("lets two batches run at once by default", async () => {
    const statement = fakeStatement();
    const load = batchLoader(statement.run);
    const first = load(1);
    await tick();
    const second = load(2);
    await tick();
    expect(statement.batches).toEqual([[1], [2]]);
    statement.releaseAll();
    await expect(Promise.all([first, second])).resolves.toEqual([10, 20]);
  });

  it("fails only the key whose answer is an Error", async () => {
    const statement = fakeStatement();
    const load = batchLoader(statement.run);
    const answers = Promise.allSettled([load(1), load(-1), load(2)]);
    await tick();
    statement.releaseAll();
    const settled = await answers;
    expect(settled.map((s) => s.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(settled[1]).toMatchObject({ reason: new Error("bad -1") });
  });

  it("fails every caller of a statement that throws, and keeps working for the next ones", async () => {
    let calls = 0;
    const load = batchLoader((keys: readonly number[]) => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error("connection lost")) : Promise.resolve(keys.map((k) => k * 10));
    });
    const failed = await Promise.allSettled([load(1), load(2)]);
    expect(failed.map((s) => s.status)).toEqual(["rejected", "rejected"]);
    await expect(Promise.all([load(3), load(4)])).resolves.toEqual([30, 40]);
  });

  it("splits more keys than maxBatch into several statements", async () => {
    const statement = fakeStatement();
    const load = batchLoader(statement.run, { maxBatch: 2, maxInFlight: 5 });
    const answers = Promise.all([1, 2, 3, 4, 5].map((k) => load(k)));
    await tick();
    statement.releaseAll();
    await expect(answers).resolves.toEqual([10, 20, 30, 40, 50]);
    expect(statement.batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("keeps nothing between batches: the same key is read again", async () => {
    const statement = fakeStatement();
    const load = batchLoader(statement.run);
    const first = load(7);
    await tick();
    statement.releaseAll();
    await first;
    const again = load(7);
    await tick();
    statement.releaseAll();
    await again;
    expect(statement.batches).toEqual([[7], [7]]);
  });
});
