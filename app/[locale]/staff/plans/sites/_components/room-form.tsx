"use client";

import { useTranslations } from "next-intl";
import { saveRoomAction } from "@/app/[locale]/staff/plans/sites/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { roomFormSchema } from "@/lib/schemas/staff-exam-forms";

/** A room of a site with its capacity (seats 1..capacity, 七). */
export function RoomForm({ siteId, room }: { siteId: string; room?: { id: string; name: string; capacity: number } }) {
  const t = useTranslations("staffExam.sites");
  const { state, pending, fields, formError, formProps } = useActionForm({ action: saveRoomAction, schema: roomFormSchema });
  const prefix = room ? `room-${room.id}` : `room-new-${siteId}`;
  return (
    <form {...formProps} className="grid gap-2 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
      <HiddenFields form={fields} values={{ siteId, roomId: room?.id ?? "" }} />
      <FormField form={fields} name="name" id={`${prefix}-name`} label={t("roomName")} defaultValue={room?.name}>
        {(control) => <input {...control} maxLength={40} className={inputClass} />}
      </FormField>
      <FormField
        form={fields}
        name="capacity"
        id={`${prefix}-capacity`}
        label={t("capacity")}
        defaultValue={room ? String(room.capacity) : ""}
      >
        {(control) => <input {...control} inputMode="numeric" className={inputClass} />}
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {room ? t("saveRoom") : t("addRoom")}
      </Button>
      <div className="sm:col-span-3">
        <FormFailureAlert failure={formError ?? fields.errorOf("siteId") ?? fields.errorOf("roomId")} />
        {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      </div>
    </form>
  );
}
