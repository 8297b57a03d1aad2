import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignUpForm } from "@/app/[locale]/signup/_components/sign-up-form";
import { ClientMessages } from "@/components/layout/client-messages";
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
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <p className="text-slate-700">{t("signUpIntro")}</p>
      <ClientMessages namespaces={["account", "errors", "identity", "rareNames"]}>
        <SignUpForm today={todayInBeijing()} />
      </ClientMessages>
    </div>
  );
}
