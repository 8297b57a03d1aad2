import { routing } from "@/i18n/routing";

export type LocalizedHref = string | { pathname: string; query?: Record<string, string | number> };

/**
 * `href` in `locale` under the routing's `localePrefix: "as-needed"` (the default locale has no
 * prefix, English is under /en), as next-intl's `getPathname` writes it. Pure, so a server
 * component can link without importing @/i18n/navigation, whose `Link` brings next-intl's client
 * navigation code into every page that imports it (ADR 050). lib/localized-path.test.ts holds the two equal.
 */
export function localizedPath(href: LocalizedHref, locale: string): string {
  const { pathname, query } = typeof href === "string" ? { pathname: href, query: undefined } : href;
  const prefixed = locale === routing.defaultLocale ? pathname : pathname === "/" ? `/${locale}` : `/${locale}${pathname}`;
  const search = query ? new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString() : "";
  return search ? `${prefixed}?${search}` : prefixed;
}
