import { getLocale, getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import type { ReactNode } from "react";
import { ConfirmEnrollment, StartEnrollment } from "@/app/[locale]/staff/security/_components/totp-enrollment";
import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/i18n/format";
import type { getSecondFactorStatus } from "@/lib/server/auth/totp-enrollment";

type SecondFactorStatus = Awaited<ReturnType<typeof getSecondFactorStatus>>;

/**
 * The authenticator enrolment (ADR 011) as staff (/staff/security) and institution users
 * (/me/security, issue 10) see it: the state, or the steps to enroll.
 */
export async function SecondFactorPanel({
  status,
  required,
  afterEnabled,
}: {
  status: SecondFactorStatus;
  /** Why enrolment is required, in the words of the page's audience. */
  required: string;
  afterEnabled?: ReactNode;
}) {
  const [t, locale] = await Promise.all([getTranslations("staffAdmin.security"), getLocale()]);
  if (status.enabled) {
    return (
      <>
        <Alert tone="success">
          {t("enabled", { date: formatDateTime(new Date(status.enabledAt ?? 0), locale), n: status.recoveryCodesLeft })}
        </Alert>
        <p className="text-sm text-slate-700">{t("lost")}</p>
        {afterEnabled}
      </>
    );
  }
  return (
    <>
      <Alert tone="info">{required}</Alert>
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
  );
}
