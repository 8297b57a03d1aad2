import { getTranslations, setRequestLocale } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("login") };
}

export default async function LoginPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("loginTitle")}</h1>
      <p className="text-slate-700">{t("loginIntro")}</p>
      <ClientMessages namespaces={["auth", "errors", "staffAdmin.security", "limits.loginUseSmsCode"]}>
        <LoginForm next={query.next ?? ""} />
      </ClientMessages>
    </div>
  );
}
