import { defineRouting } from "next-intl/routing";

// Chinese first at `/`, English at `/en` (foundation issue).
export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  // `/` is always Chinese, whatever the browser says: the center's links and printed
  // materials point there, and English readers switch explicitly.
  localeDetection: false,
  // Without detection the NEXT_LOCALE cookie is never read, so it is not written either: a
  // request that sets a cookie makes Next re-render the page into a server action's answer
  // (ADR 049), and the URL already says which language a page is in.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/**
 * next-intl's `hasLocale`, without importing "next-intl" in a server module: its server entry also
 * exports NextIntlClientProvider, and that client reference alone puts next-intl's client runtime
 * on every page (ADR 050).
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (routing.locales as readonly string[]).includes(value);
}
