"use client";

import { useLocale, useTranslations } from "next-intl";
import { confirmCheckInAction } from "@/app/[locale]/staff/exam/check-in/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { checkInConfirmSchema } from "@/lib/schemas/staff-exam-forms";
import { displayTicketNumber } from "@/lib/domain/ticket-number";
import { formatTime } from "@/lib/i18n/format";
import type { CheckInCardDto } from "@/lib/server/exam/check-in";

/** Who the ticket belongs to: the desk compares the photo with the face and the ID card (七). */
export function CheckInCard({ card, photoUrl }: { card: CheckInCardDto; photoUrl: string }) {
  const t = useTranslations("staffExam.checkIn");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: confirmCheckInAction,
    schema: checkInConfirmSchema,
  });
  const locale = useLocale();
  const time = (iso: string) => formatTime(iso, locale);
  const done = state?.ok ? state.data.checkedInAt : null;
  return (
    <section aria-label={t("cardLabel")} className="flex flex-col gap-3 rounded-lg border-2 border-slate-300 bg-white p-4">
      <div className="flex flex-col items-center gap-4 sm:flex-row sm:items-start">
        {card.hasPhoto ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private, uncached route; next/image would cache it
          <img
            src={photoUrl}
            alt={t("photoAlt", { name: card.name })}
            className="h-40 w-30 rounded border border-slate-300 object-cover"
          />
        ) : (
          <div className="flex h-40 w-30 items-center justify-center rounded border border-dashed border-slate-400 text-sm">
            {t("noPhoto")}
          </div>
        )}
        <dl className="grid w-full min-w-0 grid-cols-[4.5rem_minmax(0,1fr)] content-start gap-1 text-base break-words">
          <dt className="text-slate-600">{t("name")}</dt>
          <dd className="text-2xl font-bold">{card.name}</dd>
          <dt className="text-slate-600">{t("idNumber")}</dt>
          <dd className="font-mono break-all">{card.maskedIdNumber}</dd>
          <dt className="text-slate-600">{t("ticket")}</dt>
          <dd className="font-mono">{displayTicketNumber(card.ticketNumber)}</dd>
          <dt className="text-slate-600">{t("project")}</dt>
          <dd>{card.project}</dd>
          <dt className="text-slate-600">{t("roomSeat")}</dt>
          <dd>{card.room ? t("seatOf", { room: card.room, seat: card.seat ?? "—" }) : t("unseated")}</dd>
        </dl>
      </div>
      {card.problem === "not-today" ? <Alert tone="error">{t("notToday", { date: card.examDate })}</Alert> : null}
      {card.checkedInAt && !done ? <Alert tone="error">{t("already", { time: time(card.checkedInAt) })}</Alert> : null}
      {card.problem === null && !card.checkedInAt && !done ? (
        <form {...formProps}>
          <HiddenFields form={fields} values={{ applicationId: card.applicationId }} />
          <p className="mb-2 text-sm text-slate-700">{t("compare")}</p>
          <Button type="submit" className="w-full text-lg" disabled={pending}>
            {t("confirm")}
          </Button>
        </form>
      ) : null}
      <FormFailureAlert failure={formError ?? fields.errorOf("applicationId")} />
      {done ? <Alert tone="success">{t("done", { name: card.name, time: time(done) })}</Alert> : null}
    </section>
  );
}
