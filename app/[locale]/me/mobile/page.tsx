import { getTranslations, setRequestLocale } from "next-intl/server";
import { MobileChangeForm } from "@/app/[locale]/me/mobile/_components/mobile-change-form";
import { accountPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export default async function ChangeMobilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await accountPage("/me/mobile");
  const t = await getTranslations("identity.mobile");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <MobileChangeForm />
    </div>
  );
}
