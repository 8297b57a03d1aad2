import { getTranslations, setRequestLocale } from "next-intl/server";

/** The props Next.js gives both verify pages: a QR code lands on them with `?token=…`. */
export interface VerifyPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string }>;
}

/** A verify page's title; like every QR landing page it stays out of search engines. */
export async function verifyMetadata(title: "ticketTitle" | "certificateTitle") {
  const t = await getTranslations("publicNotice.verify");
  return { title: t(title), robots: { index: false } };
}

/** Sets the locale and reads the token the QR code carried ("" when the page was opened without one). */
export async function openVerifyPage({ params, searchParams }: VerifyPageProps) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("publicNotice.verify");
  const token = typeof query.token === "string" ? query.token : "";
  return { t, token };
}
