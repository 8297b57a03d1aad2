import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/localized-path";
import { sessionActor } from "@/lib/server/auth/current-actor";
import { AccountLinks } from "./account-links";
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
  const [t, tc, locale, requestHeaders] = await Promise.all([
    getTranslations("nav"),
    getTranslations("common"),
    getLocale(),
    headers(),
  ]);
  // A page prerendered for everyone (force-static, ADR 050) renders without a request: no Host,
  // no cookies. Its header cannot know the visitor, so the browser asks (AccountLinks).
  const known = requestHeaders.has("host");
  // sessionActor: the header also shows on the password page an account on a temporary password is held to.
  const actor = known ? await sessionActor() : null;
  const path = (href: string) => localizedPath(href, locale);
  return (
    <header className="bg-brand-800 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold">
          {tc("siteShort")}
        </Link>
        <div className="flex items-center gap-2">
          <AccountLinks
            known={known}
            actor={actor ? { kind: actor.kind, displayName: actor.displayName } : null}
            hrefs={{
              login: path("/login"),
              signup: path("/signup"),
              me: path("/me"),
              staff: path("/staff"),
              inbox: path("/me/inbox"),
            }}
            text={{ login: t("login"), signup: t("signup"), inbox: t("inbox"), me: t.raw("me") as string }}
          />
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
