import { getTranslations, setRequestLocale } from "next-intl/server";
import { SecondFactorPanel } from "@/app/[locale]/staff/security/_components/second-factor-panel";
import { getSecondFactorStatus } from "@/lib/server/auth/totp-enrollment";
import { staffMemberPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffAdmin.security");
  return { title: t("title") };
}

/** ASVS L2: every staff user enrolls a TOTP authenticator before any staff page works (ADR 011). */
export default async function SecurityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await staffMemberPage("/staff/security");
  const [t, status] = await Promise.all([getTranslations("staffAdmin.security"), getSecondFactorStatus(actor)]);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SecondFactorPanel status={status} required={t("required")} />
    </div>
  );
}
