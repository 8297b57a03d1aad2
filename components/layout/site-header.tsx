import { getLocale, getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/server/auth/current-actor";
import { LanguageSwitch } from "./language-switch";
import { LocalizedLink as Link } from "./localized-link";

const links = [
  ["/", "home"],
  ["/calendar", "calendar"],
  ["/projects", "projects"],
  ["/institutions", "institutions"],
  ["/eligibility", "eligibility"],
  ["/ticket", "ticket"],
] as const;

export async function SiteHeader() {
  const [t, tc, locale, actor] = await Promise.all([
    getTranslations("nav"),
    getTranslations("common"),
    getLocale(),
    currentActor(),
  ]);
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold">
          {tc("siteShort")}
        </Link>
        <div className="flex items-center gap-2">
          {actor ? (
            <>
              <Link
                href={actor.kind === "STAFF" ? "/staff" : "/me"}
                className="rounded px-3 py-1.5 text-sm underline underline-offset-4"
              >
                {t("me", { name: actor.displayName })}
              </Link>
              {actor.kind === "STAFF" ? null : (
                <Link href="/me/inbox" className="rounded px-3 py-1.5 text-sm underline underline-offset-4">
                  {t("inbox")}
                </Link>
              )}
            </>
          ) : (
            <>
              <Link href="/login" className="rounded px-3 py-1.5 text-sm underline underline-offset-4">
                {t("login")}
              </Link>
              <Link href="/signup" className="rounded px-3 py-1.5 text-sm underline underline-offset-4">
                {t("signup")}
              </Link>
            </>
          )}
          <LanguageSwitch label={tc("languageLabel")} text={tc("language")} target={locale === "en" ? "zh-CN" : "en"} />
        </div>
      </div>
      <nav aria-label={t("main")} className="mx-auto max-w-5xl overflow-x-auto px-2 pb-2">
        <ul className="flex gap-1 whitespace-nowrap">
          {links.map(([href, key]) => (
            <li key={href}>
              <Link href={href} className="block rounded px-3 py-2 text-white/95 hover:bg-white/15">
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
