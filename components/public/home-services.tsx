import { getTranslations } from "next-intl/server";
import { LocalizedLink as Link } from "@/components/layout/localized-link";

const SERVICES = [
  ["/guide", "guide", "guideIntro"],
  ["/notice", "notice", "noticeIntro"],
  ["/verify/certificate", "verify", "verifyIntro"],
] as const;

/** The home page's links to the guide, the results notice and the certificate check (issue 16). */
export async function HomeServices() {
  const t = await getTranslations("publicNav");
  return (
    <section aria-labelledby="home-services">
      <h2 id="home-services" className="mb-3 text-xl font-semibold">
        {t("homeMore")}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-3">
        {SERVICES.map(([href, label, intro]) => (
          <li key={href} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={href} className="font-semibold text-brand-700 underline underline-offset-4">
              {t(label)}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{t(intro)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
