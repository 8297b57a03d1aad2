import { defineRouting } from "next-intl/routing";

// Chinese first at `/`, English at `/en` (foundation issue).
export const routing = defineRouting({
  locales: ["zh-CN", "en"],
  defaultLocale: "zh-CN",
  localePrefix: "as-needed",
  // `/` is always Chinese, whatever the browser says: the center's links and printed
  // materials point there, and English readers switch explicitly.
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];
