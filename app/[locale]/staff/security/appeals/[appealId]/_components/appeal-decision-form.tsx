"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decideAppealAction } from "@/app/[locale]/staff/security/appeals/actions";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** Approve or reject; a rejection needs a reason the appellant will read. */
export function AppealDecisionForm({ appealId }: { appealId: string }) {
  const t = useTranslations("identity.staffAppeals");
  const say = useFailureText();
  const [state, action, pending] = useActionState(decideAppealAction, null);
  const failed = failureOf(state);
  if (state?.ok) return <Alert tone="success">{t(`decided.${state.data.status}`)}</Alert>;
  const reasonError = failed?.fieldErrors.reason?.[0];
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="appealId" value={appealId} />
      <p className="text-sm text-slate-700">{t("approveEffect")}</p>
      <Field id="reason" label={t("reason")} hint={t("reasonHint")} error={say(reasonError)}>
        {(a) => (
          <textarea
            {...a}
            name="reason"
            rows={3}
            maxLength={500}
            defaultValue={failed?.values.reason ?? ""}
            className={inputClass}
          />
        )}
      </Field>
      <FormError failure={failed?.formError} />
      <div className="flex gap-3">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="danger" disabled={pending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
