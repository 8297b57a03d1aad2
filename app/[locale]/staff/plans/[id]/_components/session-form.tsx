"use client";

import { useTranslations } from "next-intl";
import { setExamSessionAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { HiddenFields } from "@/components/forms/checkbox-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { formatSession } from "@/lib/domain/exam-session";
import { examSessionFormSchema } from "@/lib/schemas/staff-exam-forms";

/** 七: set the plan's exam time, for all rooms or for one room (a later save replaces it). */
export function SessionForm({ planId, rooms }: { planId: string; rooms: { id: string; label: string }[] }) {
  const t = useTranslations("examDay.sessions");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: setExamSessionAction,
    schema: examSessionFormSchema,
  });
  const saved = state?.ok ? state.data : null;
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <HiddenFields form={fields} values={{ planId }} />
      <div className="grid grid-cols-2 gap-3">
        <FormField form={fields} name="startTime" id="session-start" label={t("start")} defaultValue="09:00">
          {(control) => <input {...control} type="time" className={inputClass} />}
        </FormField>
        <FormField form={fields} name="endTime" id="session-end" label={t("end")} defaultValue="11:00">
          {(control) => <input {...control} type="time" className={inputClass} />}
        </FormField>
      </div>
      <FormField form={fields} name="roomId" id="session-room" label={t("room")}>
        {(control) => (
          <select {...control} className={inputClass}>
            <option value="">{t("allRooms")}</option>
            {rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormFailureAlert failure={formError ?? fields.errorOf("planId")} />
      {saved ? (
        <Alert tone="success">{t("saved", { room: saved.room ?? t("allRooms"), time: formatSession(saved) })}</Alert>
      ) : null}
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
