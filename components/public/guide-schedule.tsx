import { getTranslations } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/layout/localized-link";
import type { BatchDef } from "@/lib/domain/types";

/** The guide's dates: one card per batch (readable on a phone, no sideways scrolling), from the calendar. */
export async function GuideSchedule({ year, batches }: { year: number | null; batches: readonly BatchDef[] }) {
  const [t, tc] = await Promise.all([getTranslations("guide.dates"), getTranslations("common")]);
  const range = (w: { start: string; end: string }) => t("range", { start: w.start, end: w.end });
  return (
    <section aria-labelledby="guide-dates" className="flex flex-col gap-3">
      <h2 id="guide-dates" className="text-xl font-semibold">
        {t("title", { year: year ?? "" })}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      {batches.length === 0 ? (
        <p className="text-slate-600">{t("none")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {batches.map((b) => (
            <li key={`${b.year}-${b.seq}`} className="rounded-lg border border-slate-200 bg-white p-3">
              <h3 className="font-semibold text-brand-800">{tc("batchLabel", { year: b.year, seq: b.seq })}</h3>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
                <dt className="text-slate-600">{t("registration")}</dt>
                <dd>{range(b.registration)}</dd>
                <dt className="text-slate-600">{t("review")}</dt>
                <dd>{range(b.review)}</dd>
                <dt className="text-slate-600">{t("payment")}</dt>
                <dd>{range(b.payment)}</dd>
                <dt className="text-slate-600">{t("ticket")}</dt>
                <dd>{range(b.ticket)}</dd>
                <dt className="text-slate-600">{t("exam")}</dt>
                <dd className="font-medium">{b.examDate}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/calendar" className="text-brand-700 underline">
          {t("calendar")}
        </Link>
      </p>
    </section>
  );
}
