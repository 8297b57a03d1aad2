import { getTranslations, setRequestLocale } from "next-intl/server";
import QRCode from "qrcode";
import { ConfirmEnrollment, StartEnrollment } from "@/components/staff/admin/totp-enrollment";
import { Alert } from "@/components/ui/alert";
import { Link, redirect } from "@/i18n/navigation";
import { formatBeijing } from "@/lib/format";
import { currentActor } from "@/lib/server/auth/session";
import { getSecondFactorStatus } from "@/lib/server/auth/totp-enrollment";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffAdmin.security");
  return { title: t("title") };
}

/**
 * Institution users enroll the staff second factor here before any institution page works
 * (issue 10; ADR 011): outside /institution, whose layout sends them here. Staff use /staff/security.
 */
export default async function InstitutionSecurityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await currentActor();
  if (!actor) return redirect({ href: { pathname: "/login", query: { next: "/me/security" } }, locale });
  if (actor.kind === "STAFF") return redirect({ href: "/staff/security", locale });
  if (actor.kind !== "INSTITUTION") return redirect({ href: "/me", locale });
  const [t, tl, status] = await Promise.all([
    getTranslations("staffAdmin.security"),
    getTranslations("limits.institutionSecurity"),
    getSecondFactorStatus(actor),
  ]);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {status.enabled ? (
        <>
          <Alert tone="success">
            {t("enabled", { date: formatBeijing(new Date(status.enabledAt ?? 0)), n: status.recoveryCodesLeft })}
          </Alert>
          <p className="text-sm text-slate-700">{t("lost")}</p>
          <Link href="/institution" className="underline">
            {tl("toWorkspace")}
          </Link>
        </>
      ) : (
        <>
          <Alert tone="info">{tl("required")}</Alert>
          <p className="text-slate-700">{t("intro")}</p>
          {status.pending ? (
            <ConfirmEnrollment
              qrDataUrl={await QRCode.toDataURL(status.pending.uri, { margin: 2, width: 200 })}
              secret={status.pending.secret}
            />
          ) : (
            <StartEnrollment />
          )}
        </>
      )}
    </div>
  );
}
