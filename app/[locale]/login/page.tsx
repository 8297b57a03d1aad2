import { getTranslations, setRequestLocale } from "next-intl/server";
import { LoginForm } from "@/app/[locale]/login/_components/login-form";
import { SmsLoginForm } from "@/app/[locale]/login/_components/sms-login-form";
import { PasskeyLoginButton } from "@/components/auth/passkey-login-button";
import { passkeyLoginAction, passkeyLoginOptionsAction } from "./passkey-actions";
import { Alert } from "@/components/ui/alert";
import { LocalizedLink } from "@/components/layout/localized-link";
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
  searchParams: Promise<{ next?: string; reset?: string; mobileChanged?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  const ti = await getTranslations("identity.login");
  // Signed in from an English page, the person lands on their English pages (issue 16 item 7).
  const next = query.next ?? (locale === "en" ? "/en/me" : "");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("loginTitle")}</h1>
      <p className="text-slate-700">{t("loginIntro")}</p>
      {query.reset === "1" ? <Alert tone="success">{ti("resetDone")}</Alert> : null}
      {query.mobileChanged === "1" ? <Alert tone="success">{ti("mobileChanged")}</Alert> : null}
      <ClientMessages namespaces={["auth", "errors", "staffAdmin.security", "limits.loginUseSmsCode"]}>
        <LoginForm next={next} />
      </ClientMessages>
      <p className="flex flex-wrap gap-4 text-sm">
        <LocalizedLink href="/forgot-password" className="text-brand-700 underline">
          {ti("forgotPassword")}
        </LocalizedLink>
        <LocalizedLink href="/appeal" className="text-brand-700 underline">
          {ti("appeal")}
        </LocalizedLink>
      </p>
      <ClientMessages namespaces={["errors", "passkeys"]}>
        <PasskeyLoginButton next={next} optionsAction={passkeyLoginOptionsAction} loginAction={passkeyLoginAction} />
      </ClientMessages>
      <ClientMessages namespaces={["errors", "identity"]}>
        <SmsLoginForm />
      </ClientMessages>
    </div>
  );
}
