import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChangePasswordForm } from "@/app/[locale]/me/password/_components/change-password-form";
import { LocalizedLink } from "@/components/layout/localized-link";
import { Alert } from "@/components/ui/alert";
import { redirect } from "@/i18n/navigation";
import { sessionActor } from "@/lib/server/auth/session";

export const dynamic = "force-dynamic";

export default async function ChangePasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // sessionActor: this page is the one an account on a temporary password may open.
  const actor = await sessionActor();
  if (!actor) return redirect({ href: { pathname: "/login", query: { next: "/me/password" } }, locale });
  const t = await getTranslations("account");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("changePasswordTitle")}</h1>
      {actor.mustChangePassword ? <Alert>{t("temporaryPassword")}</Alert> : null}
      <ChangePasswordForm />
      {actor.kind === "CANDIDATE" ? (
        <p className="text-sm">
          <LocalizedLink href="/me/mobile" className="text-brand-700 underline">
            {(await getTranslations("identity.mobile"))("title")}
          </LocalizedLink>
        </p>
      ) : null}
    </div>
  );
}
