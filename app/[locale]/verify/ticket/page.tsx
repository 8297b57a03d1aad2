import { getTranslations, setRequestLocale } from "next-intl/server";
import { VerifyResult } from "@/components/public/verify-result";
import { verifyTicketToken } from "@/lib/server/exam/verify-ticket";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("publicNotice.verify");
  return { title: t("ticketTitle"), robots: { index: false } };
}

/** The ticket's QR code lands here (六): is it a real ticket, still valid? Masked name only. */
export default async function VerifyTicketPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string }>;
}) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("publicNotice.verify");
  const token = typeof query.token === "string" ? query.token : "";
  const result = token ? await verifyTicketToken(token) : null;
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("ticketTitle")}</h1>
      {result === null ? (
        <p className="text-slate-700">{t("scanTicket")}</p>
      ) : result.valid ? (
        <VerifyResult
          valid
          title={t("ticketValid")}
          rows={[
            [t("ticketNumber"), result.ticketNumber],
            [t("name"), result.maskedName],
            [t("project"), result.project],
            [t("batch"), result.batch],
            [t("examDate"), result.examDate],
          ]}
          note={t("ticketNote")}
        />
      ) : (
        <VerifyResult valid={false} title={t("ticketInvalid")} rows={[]} note={t(`reason.${result.reason}`)} />
      )}
    </div>
  );
}
