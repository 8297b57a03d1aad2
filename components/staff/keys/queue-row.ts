/**
 * A queue row that j / k can select (ADR 046): highlighted while selected or while anything in
 * it has the focus, with a bar at its start so the highlight does not rest on colour alone.
 */
export const QUEUE_ROW =
  "border-t border-slate-200 align-top scroll-my-16 data-selected:bg-amber-50 focus-within:bg-amber-50 data-selected:shadow-[inset_4px_0_0_var(--color-brand-600)] focus-within:shadow-[inset_4px_0_0_var(--color-brand-600)]";
