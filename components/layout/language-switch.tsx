"use client";

import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";

/** Keeps the page (and its query, e.g. the calendar year) when switching language. */
export function LanguageSwitch({ label, text, target }: { label: string; text: string; target: "zh-CN" | "en" }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const query = Object.fromEntries(search.entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={target}
      aria-label={label}
      className="rounded border border-white/60 px-3 py-1.5 text-sm"
    >
      {text}
    </Link>
  );
}
