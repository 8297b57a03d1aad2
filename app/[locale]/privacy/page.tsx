import { getTranslations, setRequestLocale } from "next-intl/server";
import { PRIVACY_NOTICE_VERSION } from "@/lib/domain/privacy-notice";
import { RETENTION } from "@/lib/domain/retention";

// The same page for everyone: rendered once and cached like the other public pages (ADR 050).
export const dynamic = "force-static";

export async function generateMetadata() {
  const t = await getTranslations("privacy.page");
  return { title: t("title") };
}

const RETENTION_ROWS = ["roster", "draft", "rateLimit", "files", "details", "anonymise", "register", "audit"] as const;
const RECIPIENTS = ["institution", "site", "center", "public"] as const;

/**
 * Issue 11, PIPL arts. 14 and 17: who processes (the center, its contacts of 十一), why, what,
 * how long (lib/domain/retention.ts, ADR 061), who receives it, and how to exercise one's rights.
 */
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy.page");
  const section = (key: "who" | "why" | "what" | "rights" | "consent") => (
    <section aria-labelledby={`privacy-${key}`} className="flex flex-col gap-2">
      <h2 id={`privacy-${key}`} className="text-lg font-semibold">
        {t(`${key}Title`)}
      </h2>
      <p className="max-w-prose text-slate-700">{t(key)}</p>
    </section>
  );
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("version", { version: PRIVACY_NOTICE_VERSION })}</p>
        <p className="max-w-prose text-slate-700">{t("intro")}</p>
      </header>
      {section("who")}
      {section("why")}
      {section("what")}
      <section aria-labelledby="privacy-how-long" className="flex flex-col gap-2">
        <h2 id="privacy-how-long" className="text-lg font-semibold">
          {t("howLongTitle")}
        </h2>
        <ul className="max-w-prose list-disc space-y-1 pl-5 text-slate-700">
          {RETENTION_ROWS.map((key) => (
            <li key={key}>
              {t(`howLong.${key}`, {
                years: RETENTION.filesYearsAfterExam,
                appYears: RETENTION.applicationYearsAfterExam,
                months: RETENTION.auditMinimumMonths,
              })}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="privacy-recipients" className="flex flex-col gap-2">
        <h2 id="privacy-recipients" className="text-lg font-semibold">
          {t("recipientsTitle")}
        </h2>
        <ul className="max-w-prose list-disc space-y-1 pl-5 text-slate-700">
          {RECIPIENTS.map((key) => (
            <li key={key}>{t(`recipients.${key}`)}</li>
          ))}
        </ul>
      </section>
      {section("rights")}
      {section("consent")}
    </article>
  );
}
