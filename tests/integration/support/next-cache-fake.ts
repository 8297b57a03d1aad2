/**
 * Next's data cache as the app uses it (`unstable_cache` with tags, `revalidateTag`/`updateTag`
 * expiring them), in memory, for tests that call use cases and route handlers outside Next:
 * `vi.mock("next/cache", async () => (await import("…/next-cache-fake")).nextCacheFake)`.
 * A value is kept until one of its tags is expired (no time limit), so a test sees a stale value
 * exactly when the use case forgot to expire the tag. Values go through JSON, as in Next.
 */
type Fn = (...args: never[]) => Promise<unknown>;

const entries = new Map<string, { json: string; tags: readonly string[] }>();
const expired: string[] = [];
let computed = 0;

function expire(tag: string): void {
  expired.push(tag);
  for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key);
}

export const nextCacheFake = {
  unstable_cache<F extends Fn>(fn: F, keyParts: readonly string[] = [], options: { tags?: readonly string[] } = {}): F {
    return (async (...args: Parameters<F>) => {
      const key = JSON.stringify([keyParts, args]);
      const hit = entries.get(key);
      if (hit) return JSON.parse(hit.json) as unknown;
      computed += 1;
      const value = await fn(...args);
      entries.set(key, { json: JSON.stringify(value), tags: options.tags ?? [] });
      return JSON.parse(JSON.stringify(value)) as unknown;
    }) as F;
  },
  revalidateTag: (tag: string) => expire(tag),
  updateTag: (tag: string) => expire(tag),
  revalidatePath: () => undefined,
};

/** The tags expired since the last `resetExpired()`, in order. */
export const expiredTags = (): string[] => [...expired];
export const resetExpired = (): void => {
  expired.length = 0;
};
/** How many times a cached function really ran (a miss), for "served from the cache" checks. */
export const cacheMisses = (): number => computed;
/** Empties the cache (between files that share a worker's module registry it is per file anyway). */
export const clearCache = (): void => entries.clear();
