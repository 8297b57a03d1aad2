import { setRequestLocale } from "next-intl/server";
import { defaultNext, LoginPageBody, loginMetadata } from "@/app/[locale]/login/_components/login-page";

// The bare address is the same page for everyone: rendered once and cached like the public pages
// (ADR 050), since the opening morning begins here for every candidate (issue 14, ADR 159). An
// address with a query is rendered per request: proxy.ts sends it to ./with-query.
export const dynamic = "force-static";

export const generateMetadata = loginMetadata;

export default async function LoginPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <LoginPageBody next={defaultNext(locale)} />;
}
