"use client";

import { useTranslations } from "next-intl";
import { setSeatAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { cn } from "@/lib/cn";
import { setSeatSchema } from "@/lib/schemas/exam-plan-schema";

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
  const say = useFailureText();
  const { state, pending, fields, formError, formProps } = useActionForm({ action: setSeatAction, schema: setSeatSchema });
  const error = say(fields.errorOf("seat") ?? fields.errorOf("roomId") ?? fields.errorOf("applicationId") ?? formError);
  const errorId = `seat-error-${applicationId}`;
  const described = { "aria-describedby": error ? errorId : undefined };
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-1" aria-label={t("editFor", { who })}>
      <HiddenFields form={fields} values={{ applicationId }} />
      <select
        {...fields.register("roomId")}
        aria-label={t("room")}
        aria-invalid={Boolean(fields.errorOf("roomId"))}
        {...described}
        defaultValue={fields.keptValue("roomId") ?? roomId ?? rooms[0]?.id}
        className={cn(inputClass, "w-auto min-w-28 text-sm")}
      >
        {rooms.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
      <input
        {...fields.register("seat")}
        aria-label={t("seat")}
        inputMode="numeric"
        defaultValue={fields.keptValue("seat") ?? (seat === null ? "" : String(seat))}
        aria-invalid={Boolean(fields.errorOf("seat"))}
        {...described}
        className={cn(inputClass, "w-16 text-sm")}
      />
      <Button type="submit" variant="secondary" className="min-h-9 px-2 text-sm" disabled={pending}>
        {t("save")}
      </Button>
      {error ? (
        <p id={errorId} role="alert" className="w-full text-xs text-red-700">
          {error}
        </p>
      ) : state?.ok ? (
        <p role="status" className="w-full text-xs text-green-800">
          {t("saved")}
        </p>
      ) : null}
    </form>
  );
}
