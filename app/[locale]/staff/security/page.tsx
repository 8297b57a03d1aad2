import { getTranslations, setRequestLocale } from "next-intl/server";
import QRCode from "qrcode";
import { ConfirmEnrollment, StartEnrollment } from "@/components/staff/admin/totp-enrollment";
import { Alert } from "@/components/ui/alert";
import { redirect } from "@/i18n/navigation";
import { formatBeijing } from "@/lib/format";
import { currentActor } from "@/lib/server/auth/session";
import { getSecondFactorStatus } from "@/lib/server/auth/totp-enrollment";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("staffAdmin.security");
  return { title: t("title") };
}

/** ASVS L2: every staff user enrolls a TOTP authenticator before any staff page works (ADR 011). */
export default async function SecurityPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await currentActor();
  if (!actor || actor.kind !== "STAFF")
    return redirect({ href: { pathname: "/login", query: { next: "/staff/security" } }, locale });
  const [t, status] = await Promise.all([getTranslations("staffAdmin.security"), getSecondFactorStatus(actor)]);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {status.enabled ? (
        <>
          <Alert tone="success">
            {t("enabled", { date: formatBeijing(new Date(status.enabledAt ?? 0)), n: status.recoveryCodesLeft })}
          </Alert>
          <p className="text-sm text-slate-700">{t("lost")}</p>
        </>
      ) : (
        <>
          <Alert tone="info">{t("required")}</Alert>
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
