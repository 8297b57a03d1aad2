const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DD HH:mm` in Beijing time (UTC+8, no daylight saving). */
export function formatBeijing(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** Fees are kept in fen (integers) and shown in yuan. */
export function formatYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** Whole days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
