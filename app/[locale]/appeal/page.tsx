import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppealForm } from "@/app/[locale]/appeal/_components/appeal-form";
import { FormPage } from "@/components/layout/form-page";
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
    <FormPage title={t("title")} intro={t("intro")} namespaces={["account", "errors", "identity", "rareNames"]}>
      <AppealForm today={todayInBeijing()} />
    </FormPage>
  );
}
