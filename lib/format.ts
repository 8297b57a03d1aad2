/**
 * @deprecated Dates live in lib/i18n/format.ts (one formatter, ADR 123): `formatDateTime` on a page,
 * `formatBeijingIso` for exports and logs. This alias is kept only for the callers another change
 * moves (lib/server/{review,results,plans} message text and app/[locale]/staff/results).
 */
export { formatBeijingIso as formatBeijing } from "@/lib/i18n/format";

/** Fees are kept in fen (integers) and shown in yuan. */
export function formatYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

/** Whole days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
