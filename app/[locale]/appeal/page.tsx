import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppealForm } from "@/app/[locale]/appeal/_components/appeal-form";
import { ClientMessages } from "@/components/layout/client-messages";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";

export async function generateMetadata() {
  const t = await getTranslations("identity.appeal");
  return { title: t("title") };
}

export default async function AppealPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("identity.appeal");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={["account", "errors", "identity", "rareNames"]}>
        <AppealForm today={todayInBeijing()} />
      </ClientMessages>
    </div>
  );
}
