import "server-only";
import DataLoader from "dataloader";

export interface BatchOptions {
  /** Most keys in one statement. */
  maxBatch?: number;
  /** Batches of this loader with the database at once; later calls wait and go together. */
  maxInFlight?: number;
}

/**
 * Group commit (ADR 053): calls made while this loader's batches are with the database wait and
 * go together in the next statement, so a registration morning's N submits cost a handful of
 * statements instead of N, and each statement carries its share of Prisma's and PostgreSQL's
 * per-statement cost once. A call alone waits only for the end of the current I/O phase
 * (`setImmediate`), so a quiet portal answers as fast as before. Nothing is kept between
 * batches (no cache): every caller reads what is in the database when its batch runs.
 *
 * `run` answers each key in order, with its value or an Error for that key alone.
 */
export function batchLoader<K, V>(
  run: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
  { maxBatch = 100, maxInFlight = 2 }: BatchOptions = {},
): (key: K) => Promise<V> {
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const start = (dispatch: () => void) => {
    inFlight += 1;
    dispatch();
  };
  const loader = new DataLoader<K, V>(
    async (keys) => {
      try {
        return await run(keys);
      } finally {
        inFlight -= 1;
        const next = waiting.shift();
        if (next) start(next);
      }
    },
    {
      cache: false,
      maxBatchSize: maxBatch,
      batchScheduleFn: (dispatch) => {
        setImmediate(() => (inFlight < maxInFlight ? start(dispatch) : waiting.push(dispatch)));
      },
    },
  );
  return (key) => loader.load(key);
}
