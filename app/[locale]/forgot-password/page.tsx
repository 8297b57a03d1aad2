import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotPasswordForm } from "@/app/[locale]/forgot-password/_components/forgot-password-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { LocalizedLink } from "@/components/layout/localized-link";

export async function generateMetadata() {
  const t = await getTranslations("identity.reset");
  return { title: t("title") };
}

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("identity.reset");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={["account", "errors", "identity"]}>
        <ForgotPasswordForm today={todayInBeijing()} />
      </ClientMessages>
      <p className="text-sm">
        <LocalizedLink href="/appeal" className="text-brand-700 underline">
          {t("noMobile")}
        </LocalizedLink>
      </p>
    </div>
  );
}
