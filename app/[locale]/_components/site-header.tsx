import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/localized-path";
import { sessionActor } from "@/lib/server/auth/current-actor";
import { hintFor } from "@/lib/signed-in-hint";
import { AccountLinks } from "@/components/layout/account-links";
import { DisplayControls } from "@/components/layout/display-controls";
import { HeaderMenu } from "@/components/layout/header-menu";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { LocalizedLink as Link } from "@/components/layout/localized-link";

// [href, namespace, key]: the core nav's links, then the ones issue 16 added (guide, notice, verify).
const links = [
  ["/", "nav", "home"],
  ["/guide", "publicNav", "guide"],
  ["/calendar", "nav", "calendar"],
  ["/projects", "nav", "projects"],
  ["/institutions", "nav", "institutions"],
  ["/eligibility", "nav", "eligibility"],
  ["/ticket", "nav", "ticket"],
  ["/notice", "publicNav", "notice"],
  ["/verify/certificate", "publicNav", "verify"],
] as const;

/**
 * The site header. `logoutAction` comes from the layout (components do not import from app/):
 * the header's 退出 posts it.
 */
export async function SiteHeader({ logoutAction }: { logoutAction: () => Promise<void> }) {
  const [t, tp, tc, ta, td, locale, requestHeaders] = await Promise.all([
    getTranslations("nav"),
    getTranslations("publicNav"),
    getTranslations("common"),
    getTranslations("accountHeader"),
    getTranslations("display"),
    getLocale(),
    headers(),
  ]);
  // A page prerendered for everyone (force-static, ADR 050) renders without a request: no Host,
  // no cookies. Its header cannot know the visitor: the browser fills it in (AccountLinks, ADR 089).
  const known = requestHeaders.has("host");
  // sessionActor: the header also shows on the password page an account on a temporary password is held to.
  const actor = known ? await sessionActor() : null;
  const path = (href: string) => localizedPath(href, locale);
  const items = (className: string) =>
    links.map(([href, ns, key]) => (
      <li key={href}>
        <Link href={href} className={className}>
          {ns === "nav" ? t(key) : tp(key)}
        </Link>
      </li>
    ));
  return (
    <header className="bg-brand-800 text-white">
      {/* Text size and contrast (issue 16, ADR 125): on every page, above everything else. */}
      <div className="border-b border-white/20">
        <div className="mx-auto flex max-w-5xl justify-end px-4 py-1">
          <DisplayControls
            text={{
              size: td("size"),
              sizes: { normal: td("normal"), large: td("large"), xlarge: td("xlarge") },
              contrast: td("contrast"),
            }}
          />
        </div>
      </div>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold">
          {tc("siteShort")}
        </Link>
        <div className="flex items-center gap-2">
          <AccountLinks
            known={known}
            kind={hintFor(actor?.kind)}
            hrefs={{
              login: path("/login"),
              signup: path("/signup"),
              me: path("/me"),
              staff: path("/staff"),
              institution: path("/institution"),
              inbox: path("/me/inbox"),
            }}
            text={{
              login: t("login"),
              signup: t("signup"),
              inbox: t("inbox"),
              myApplications: ta("myApplications"),
              institutionHome: ta("institutionHome"),
              staffHome: ta("staffHome"),
              logout: ta("logout"),
            }}
            logoutAction={logoutAction}
          />
          <LanguageSwitch label={tc("languageLabel")} text={tc("language")} target={locale === "en" ? "zh-CN" : "en"} />
        </div>
      </div>
      {/* Wide screens: one row that wraps. Phones: a menu button (<details>, no JavaScript) that
          opens the same links as a column, so nothing scrolls sideways (issue 16). */}
      <nav aria-label={t("main")} className="mx-auto hidden max-w-5xl px-2 pb-2 md:block">
        <ul className="flex flex-wrap gap-1">{items("block rounded px-3 py-2 text-white/95 hover:bg-white/15")}</ul>
      </nav>
      <HeaderMenu label={tp("menu")} className="mx-auto max-w-5xl px-4 pb-2 md:hidden">
        <nav aria-label={t("main")}>
          <ul className="mt-2 grid grid-cols-2 gap-1">{items("block rounded px-3 py-2 text-white/95 hover:bg-white/15")}</ul>
        </nav>
      </HeaderMenu>
    </header>
  );
}
