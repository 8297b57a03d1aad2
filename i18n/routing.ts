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
