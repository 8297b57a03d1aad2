import { getTranslations, setRequestLocale } from "next-intl/server";
import { OutboxTable } from "@/components/staff/exam/outbox-table";
import { Alert } from "@/components/ui/alert";
import { Link } from "@/i18n/navigation";
import { currentActor } from "@/lib/server/auth/session";
import { enqueueOutboxEmails, listOutbox } from "@/lib/server/notifications/outbox";
import { staffPage } from "@/lib/server/auth/page-guards";
import { Forbidden } from "@/components/auth/forbidden";

export const dynamic = "force-dynamic";

/** The email queue (ADR 024, 045): what was sent, what waits or failed and why; without SMTP, what would have been sent. */
export default async function OutboxPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const someone = await currentActor();
  // The administrator reads the queue (ADR 024); the exam officer may too.
  const actor = await staffPage(someone?.roles.includes("ADMIN") ? "ADMIN" : "EXAM_OFFICER", "/staff/exam/outbox");
  if (!actor) return <Forbidden />;
  // Opening the page brings the queue up to date; the periodic job does the same.
  await enqueueOutboxEmails();
  const [outbox, t] = await Promise.all([listOutbox(actor), getTranslations("staffExam.outbox")]);
  return (
    <div className="flex flex-col gap-4">
      <Link href="/staff/exam" className="text-brand-700 underline underline-offset-4">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Alert tone="info">{outbox.smtpConfigured ? t("smtpOn", { max: outbox.maxAttempts }) : t("smtpOff")}</Alert>
      <p>
        {t("pending", { count: outbox.pending })}
        {outbox.failed > 0 ? ` · ${t("failedCount", { count: outbox.failed })}` : null}
      </p>
      <OutboxTable rows={outbox.rows} maxAttempts={outbox.maxAttempts} />
    </div>
  );
}
