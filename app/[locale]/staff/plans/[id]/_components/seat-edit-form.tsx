"use client";

import { useTranslations } from "next-intl";
import { setSeatAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/cn";

export interface RoomChoice {
  id: string;
  label: string;
}

/** One candidate's seat changed by hand, inline in the candidates table. */
export function SeatEditForm({
  applicationId,
  roomId,
  seat,
  rooms,
  who,
}: {
  applicationId: string;
  roomId: string | null;
  seat: number | null;
  rooms: RoomChoice[];
  who: string;
}) {
  const t = useTranslations("staffExam.seats");
  const form = useStaffAction(setSeatAction);
  const error = form.fieldError("seat") ?? form.fieldError("roomId") ?? form.formError;
  const errorId = `seat-error-${applicationId}`;
  return (
    <form action={form.formAction} className="flex flex-wrap items-center gap-1" aria-label={t("editFor", { who })}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <select
        name="roomId"
        aria-label={t("room")}
        defaultValue={form.value("roomId", roomId ?? rooms[0]?.id)}
        className={cn(inputClass, "w-auto min-w-28 text-sm")}
      >
        {rooms.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
      <input
        name="seat"
        aria-label={t("seat")}
        inputMode="numeric"
        defaultValue={form.value("seat", seat === null ? "" : String(seat))}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
        className={cn(inputClass, "w-16 text-sm")}
      />
      <Button type="submit" variant="secondary" className="min-h-9 px-2 text-sm" disabled={form.pending}>
        {t("save")}
      </Button>
      {error ? (
        <p id={errorId} role="alert" className="w-full text-xs text-red-700">
          {error}
        </p>
      ) : form.data ? (
        <p role="status" className="w-full text-xs text-green-800">
          {t("saved")}
        </p>
      ) : null}
    </form>
  );
}
