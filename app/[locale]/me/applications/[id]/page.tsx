import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApplicationActions } from "@/app/[locale]/me/applications/[id]/_components/application-actions";
import {
  ApplicationHeading,
  CertificateDatesNote,
  ResultLine,
  ReviewOutcome,
} from "@/components/applications/application-summary";
import { Countdown } from "@/components/applications/countdown";
import { InboxCount } from "@/components/applications/inbox-count";
import { RefundNotes } from "@/components/applications/refund-notes";
import { Timeline } from "@/components/applications/timeline";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { AppError } from "@/lib/app-error";
import { getApplication } from "@/lib/server/applications/get-application";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { countUnread } from "@/lib/server/notifications/list-notifications";
import { listOwnRefunds } from "@/lib/server/refunds/list-refunds";
import { accountPage } from "@/lib/server/auth/page-guards";

export const dynamic = "force-dynamic";

export default async function ApplicationPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await accountPage(`/me/applications/${id}`);
  const today = todayInBeijing();
  const application = await getApplication(actor, id, today).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, te, refunds, unread] = await Promise.all([
    getTranslations("applications"),
    getTranslations("examDay.candidate"),
    listOwnRefunds(actor, { applicationId: application.id }),
    countUnread(actor),
  ]);
  const a = application;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("detailTitle")}</h1>
      <InboxCount unread={unread} />
      <Card>
        <ApplicationHeading application={a} />
        {a.nextDeadline ? <Countdown deadline={a.nextDeadline} today={today} /> : null}
        {a.ticketNumber ? (
          <dl className="mt-2 grid grid-cols-[6rem_1fr] gap-1 text-sm">
            <dt>{t("ticketNumber")}</dt>
            <dd className="font-mono">{a.ticketNumber}</dd>
            <dt>{te("examTime")}</dt>
            <dd>{a.examTime ? te("examTimeValue", { date: a.batch.examDate, time: a.examTime }) : te("examTimePending")}</dd>
            <dt>{t("room")}</dt>
            <dd>{a.room ?? "—"}</dd>
            <dt>{t("seat")}</dt>
            <dd>{a.seat ?? "—"}</dd>
          </dl>
        ) : null}
        <ResultLine application={a} className="mt-2 text-lg" />
        <CertificateDatesNote application={a} />
      </Card>
      <ReviewOutcome application={a} />
      {a.planStatus === "CANCELLED" ? (
        <Alert tone="error">{t("planCancelled", { reason: a.planStatusReason ?? "" })}</Alert>
      ) : null}
      <RefundNotes refunds={refunds} />
      <ApplicationActions application={a} />
      <Timeline events={a.timeline} />
    </div>
  );
}
