"use client";

import { useTranslations } from "next-intl";
import { setExamSessionAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { formatSession } from "@/lib/domain/exam-session";

/** 七: set the plan's exam time, for all rooms or for one room (a later save replaces it). */
export function SessionForm({ planId, rooms }: { planId: string; rooms: { id: string; label: string }[] }) {
  const t = useTranslations("examDay.sessions");
  const form = useStaffAction(setExamSessionAction.bind(null, planId));
  const saved = form.data;
  return (
    <form action={form.formAction} className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-3">
        <Field id="session-start" label={t("start")} error={form.fieldError("startTime")}>
          {(a) => (
            <input
              {...a}
              type="time"
              name="startTime"
              required
              defaultValue={form.value("startTime", "09:00")}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="session-end" label={t("end")} error={form.fieldError("endTime")}>
          {(a) => (
            <input
              {...a}
              type="time"
              name="endTime"
              required
              defaultValue={form.value("endTime", "11:00")}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <Field id="session-room" label={t("room")} error={form.fieldError("roomId")}>
        {(a) => (
          <select {...a} name="roomId" defaultValue={form.value("roomId")} className={inputClass}>
            <option value="">{t("allRooms")}</option>
            {rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormStatus
        error={form.formError}
        success={saved ? t("saved", { room: saved.room ?? t("allRooms"), time: formatSession(saved) }) : null}
      />
      <Button type="submit" disabled={form.pending}>
        {t("save")}
      </Button>
    </form>
  );
}
