import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/app/[locale]/login/_components/login-form";
import { SmsLoginForm } from "@/app/[locale]/login/_components/sms-login-form";
import { PasskeyLoginButton } from "@/components/auth/passkey-login-button";
import { passkeyLoginAction, passkeyLoginOptionsAction } from "@/app/[locale]/login/passkey-actions";
import { Alert } from "@/components/ui/alert";
import { LocalizedLink } from "@/components/layout/localized-link";
import { ClientMessages } from "@/components/layout/client-messages";

export async function loginMetadata() {
  const t = await getTranslations("nav");
  return { title: t("login") };
}

/** Where a sign-in lands when the address names no `next`: a person who signed in from an English page lands on their English pages (issue 16 item 7). */
export const defaultNext = (locale: string) => (locale === "en" ? "/en/me" : "");

/**
 * The login page, for both of its addresses (ADR 159): the bare `/login`, rendered once for
 * everyone (app/[locale]/login/page.tsx), and `/login?next=…&reset=1&mobileChanged=1`, rendered
 * per request (app/[locale]/login/with-query/page.tsx, where proxy.ts sends any query).
 */
export async function LoginPageBody({ next, reset, mobileChanged }: { next: string; reset?: boolean; mobileChanged?: boolean }) {
  const t = await getTranslations("auth");
  const ti = await getTranslations("identity.login");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("loginTitle")}</h1>
      <p className="text-slate-700">{t("loginIntro")}</p>
      {reset ? <Alert tone="success">{ti("resetDone")}</Alert> : null}
      {mobileChanged ? <Alert tone="success">{ti("mobileChanged")}</Alert> : null}
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
