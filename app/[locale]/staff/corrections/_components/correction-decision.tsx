"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decideCorrectionAction } from "@/app/[locale]/staff/corrections/actions";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** Approve or reject one correction request; rejecting needs the reason the candidate will read. */
export function CorrectionDecision({ id }: { id: string }) {
  const t = useTranslations("privacy.staff");
  const say = useFailureText();
  const [state, action, pending] = useActionState(decideCorrectionAction.bind(null, id), null);
  const failed = failureOf(state);
  const answerError = failed?.fieldErrors.answer?.[0];
  if (state?.ok) return <Alert tone="success">{t("decided")}</Alert>;
  return (
    <form action={action} className="flex flex-col gap-2">
      <Field id={`answer-${id}`} label={t("answer")} error={say(answerError)}>
        {(a) => <input {...a} name="answer" defaultValue={failed?.values.answer ?? ""} className={inputClass} />}
      </Field>
      <FormError failure={failed?.formError} />
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="secondary" disabled={pending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
