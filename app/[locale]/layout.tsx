import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/app/[locale]/_components/site-header";
import { DemoClockBanner } from "@/components/layout/demo-clock-banner";
import { isLocale } from "@/i18n/routing";
import { DISPLAY_SCRIPT } from "@/lib/display-settings";
import { logoutAction } from "./login/logout-action";
import "../globals.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "common" });
  return { title: { default: t("siteName"), template: `%s · ${t("siteShort")}` } };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, requestHeaders] = await Promise.all([getTranslations({ locale, namespace: "common" }), headers()]);
  // A page rendered for this request carries the proxy's nonce (ADR 062); a cached page has none,
  // and the portal server lists the hashes of its inline scripts instead (ADR 076).
  const nonce = /'nonce-([^']+)'/.exec(requestHeaders.get("content-security-policy") ?? "")?.[1];
  return (
    // The inline script sets the text size and contrast classes on <html> before the first paint
    // (ADR 125): the server's <html> has none, so React is told not to mind the difference.
    <html lang={locale} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: DISPLAY_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: the areas whose client components translate add their
            own (components/layout/client-messages.tsx), public pages ship none (ADR 050). */}
        <SiteHeader logoutAction={logoutAction} />
        <DemoClockBanner />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
