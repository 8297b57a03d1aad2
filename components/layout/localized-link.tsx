import { PlainLink as NextLink } from "@/components/layout/plain-link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { localizedPath, type LocalizedHref } from "@/lib/localized-path";

/**
 * A link to a page in the current language, resolved on the server: next/link (in every page's
 * framework chunk already) instead of next-intl's client Link, which brings its navigation code
 * to every page that imports it (ADR 050). Client components keep `Link` from @/i18n/navigation.
 */
export async function LocalizedLink({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: LocalizedHref }) {
  const locale = await getLocale();
  return <NextLink href={localizedPath(href, locale)} {...props} />;
}
