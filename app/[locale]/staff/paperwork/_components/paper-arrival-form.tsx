"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { InstitutionDocumentKind } from "@/lib/generated/prisma/enums";
import { recordPaperArrivalAction } from "../actions";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** Records the day a paper original arrived, who brought it and a note (issue 13 item 6). */
export function PaperArrivalForm({
  target,
  today,
  recorded,
}: {
  target: { institutionId: string; batchId: string; kind: InstitutionDocumentKind };
  today: string;
  recorded: boolean;
}) {
  const t = useTranslations("paperwork.staff");
  const say = useFailureText();
  const [state, action, pending] = useActionState(recordPaperArrivalAction.bind(null, target), null);
  const failed = failureOf(state);
  const id = `${target.institutionId}-${target.kind}`;
  const dateError = failed?.fieldErrors.receivedOn?.[0];
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2" aria-label={t("formLabel")}>
      <Field id={`on-${id}`} label={t("receivedOn")} error={say(dateError)}>
        {(a) => (
          <input
            {...a}
            type="date"
            name="receivedOn"
            max={today}
            defaultValue={failed?.values.receivedOn ?? today}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={`by-${id}`} label={t("deliveredBy")}>
        {(a) => (
          <input
            {...a}
            name="deliveredBy"
            maxLength={100}
            defaultValue={failed?.values.deliveredBy ?? ""}
            className={inputClass}
          />
        )}
      </Field>
      <Field id={`notes-${id}`} label={t("notes")}>
        {(a) => <input {...a} name="notes" maxLength={500} defaultValue={failed?.values.notes ?? ""} className={inputClass} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {recorded ? t("update") : t("record")}
      </Button>
      <FormError failure={failed?.formError} />
      {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
    </form>
  );
}
