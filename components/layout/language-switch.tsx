"use client";

import { PlainLink as NextLink } from "@/components/layout/plain-link";
import { usePathname, useSearchParams } from "next/navigation";

/**
 * Keeps the page (and its query, e.g. the calendar year) when switching language. Chinese is at
 * `/…`, English at `/en/…` (localePrefix "as-needed"); Next's own hooks give the visible path,
 * so no next-intl client code is needed for this one link (ADR 050).
 */
export function LanguageSwitch({ label, text, target }: { label: string; text: string; target: "zh-CN" | "en" }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const bare = unprefixed(pathname);
  const path = target === "en" ? (bare === "/" ? "/en" : `/en${bare}`) : bare;
  return (
    // The name includes the visible text (WCAG 2.5.3, axe label-content-name-mismatch): 「切换语言 English」;
    // the other language's name is in that language (中文 on English pages), marked as such.
    <NextLink
      href={query ? `${path}?${query}` : path}
      hrefLang={target}
      className="rounded border border-white/60 px-3 py-1.5 text-sm"
    >
      <span className="sr-only">{label} </span>
      <span lang={target}>{text}</span>
    </NextLink>
  );
}

/** The path without its locale prefix; `/zh-CN/…` too, which Next sometimes reports after a rewrite. */
function unprefixed(pathname: string): string {
  for (const prefix of ["/en", "/zh-CN"]) {
    if (pathname === prefix) return "/";
    if (pathname.startsWith(`${prefix}/`)) return pathname.slice(prefix.length);
  }
  return pathname;
}
