import { VerifyResult } from "@/components/public/verify-result";
import { verifyTicketToken } from "@/lib/server/exam/verify-ticket";
import { openVerifyPage, verifyMetadata, type VerifyPageProps } from "../verify-page";

export const dynamic = "force-dynamic";

export const generateMetadata = () => verifyMetadata("ticketTitle");

/** The ticket's QR code lands here (六): is it a real ticket, still valid? Masked name only. */
export default async function VerifyTicketPage(props: VerifyPageProps) {
  const { t, token } = await openVerifyPage(props);
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
