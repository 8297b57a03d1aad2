import "server-only";
import { setRequestLocale } from "next-intl/server";
import type { IsoDate, PhaseName } from "@/lib/domain/types";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { chooseBatch, listBatchOptions, type BatchOption } from "@/lib/server/institution/batch-options";
import { institutionPage } from "@/lib/server/auth/page-guards";
import { batchQuerySchema } from "@/lib/schemas/institution-batch-schema";

/** The props Next.js gives an institution page about one batch (`?batch=` from the BatchPicker). */
export interface BatchPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ batch?: string }>;
}

/**
 * How every institution page about one batch opens: the locale, the institution (else the login,
 * back to `path`), today, the batches on offer and the one shown, null when none is published.
 * `fallback` is the page's own default when no batch is asked for, before chooseBatch's for `phase`.
 */
export async function openBatchPage(
  { params, searchParams }: BatchPageProps,
  path: string,
  phase: PhaseName,
  fallback?: (options: BatchOption[], today: IsoDate) => string | undefined,
) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await institutionPage(path);
  const today = todayInBeijing();
  const options = await listBatchOptions(today);
  // The same schema the BatchPicker checks its field with (ADR 138).
  const requested = batchQuerySchema.parse(await searchParams).batch;
  const batch = chooseBatch(options, phase, today, requested ?? fallback?.(options, today));
  return { actor, today, options, batch };
}
