"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import type { InstitutionDocumentKind } from "@/lib/generated/prisma/enums";
import type { IsoDate } from "@/lib/domain/types";
import { paperArrivalSchema } from "@/lib/schemas/staff-desk-forms";
import { recordPaperArrivalAction } from "../actions";

/**
 * Records the day a paper original arrived, who brought it and a note (issue 13 item 6). Which
 * paper travels in hidden inputs; the day is checked against the server's `today` (ADR 133).
 */
export function PaperArrivalForm({
  target,
  today,
  recorded,
}: {
  target: { institutionId: string; batchId: string; kind: InstitutionDocumentKind };
  today: IsoDate;
  recorded: boolean;
}) {
  const t = useTranslations("paperwork.staff");
  const schema = useMemo(() => paperArrivalSchema(today), [today]);
  const { state, pending, fields, formError, formProps } = useActionForm({ action: recordPaperArrivalAction, schema });
  const id = `${target.institutionId}-${target.kind}`;
  return (
    <form {...formProps} className="mt-2 flex flex-wrap items-end gap-2" aria-label={t("formLabel")}>
      <input type="hidden" {...fields.register("institutionId")} value={target.institutionId} />
      <input type="hidden" {...fields.register("batchId")} value={target.batchId} />
      <input type="hidden" {...fields.register("kind")} value={target.kind} />
      <FormField form={fields} name="receivedOn" id={`on-${id}`} label={t("receivedOn")} defaultValue={today}>
        {(props) => <input {...props} type="date" max={today} className={inputClass} />}
      </FormField>
      <FormField form={fields} name="deliveredBy" id={`by-${id}`} label={t("deliveredBy")}>
        {(props) => <input {...props} maxLength={100} className={inputClass} />}
      </FormField>
      <FormField form={fields} name="notes" id={`notes-${id}`} label={t("notes")}>
        {(props) => <input {...props} maxLength={500} className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending}>
        {recorded ? t("update") : t("record")}
      </Button>
      <FormFailureAlert failure={formError} />
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
    </form>
  );
}
