"use client";

import { useTranslations } from "next-intl";
import { saveRoomAction } from "@/app/[locale]/staff/plans/sites/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";

/** A room of a site with its capacity (seats 1..capacity, 七). */
export function RoomForm({ siteId, room }: { siteId: string; room?: { id: string; name: string; capacity: number } }) {
  const t = useTranslations("staffExam.sites");
  const form = useStaffAction(saveRoomAction.bind(null, room?.id ?? null));
  const prefix = room ? `room-${room.id}` : `room-new-${siteId}`;
  return (
    <form action={form.formAction} className="grid gap-2 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <input type="hidden" name="siteId" value={siteId} />
      <Field id={`${prefix}-name`} label={t("roomName")} error={form.fieldError("name")}>
        {(a) => (
          <input
            {...a}
            name="name"
            required
            maxLength={40}
            defaultValue={form.value("name", room?.name)}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={`${prefix}-capacity`} label={t("capacity")} error={form.fieldError("capacity")}>
        {(a) => (
          <input
            {...a}
            name="capacity"
            inputMode="numeric"
            required
            defaultValue={form.value("capacity", room ? String(room.capacity) : "")}
            className={inputClass}
          />
        )}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {room ? t("saveRoom") : t("addRoom")}
      </Button>
      <div className="sm:col-span-3">
        <FormStatus error={form.formError} success={form.data ? t("saved") : null} />
      </div>
    </form>
  );
}
