import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignUpForm } from "@/app/[locale]/signup/_components/sign-up-form";
import { FormPage } from "@/components/layout/form-page";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("signUpTitle") };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("account");
  return (
    <FormPage title={t("signUpTitle")} intro={t("signUpIntro")} namespaces={["account", "errors", "identity", "rareNames"]}>
      <SignUpForm today={todayInBeijing()} />
    </FormPage>
  );
}
