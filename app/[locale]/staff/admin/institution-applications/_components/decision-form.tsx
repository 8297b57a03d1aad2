"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { decideInstitutionApplicationAction } from "../actions";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** Approve (the temporary password is shown once), return or reject with the reason the applicant reads. */
export function DecisionForm({ id, open }: { id: string; open: boolean }) {
  const t = useTranslations("institutionApply.staff");
  const say = useFailureText();
  const [state, action, pending] = useActionState(decideInstitutionApplicationAction.bind(null, id), null);
  const failed = failureOf(state);
  if (state?.ok)
    return (
      <Alert tone="success">
        <span>
          {state.data.status === "APPROVED"
            ? t("approved", { login: state.data.login ?? "", password: state.data.temporaryPassword ?? "" })
            : t("decided")}
        </span>
      </Alert>
    );
  if (!open) return null;
  const reasonError = failed?.fieldErrors.reason?.[0];
  return (
    <form action={action} className="mt-2 flex flex-col gap-2">
      <Field id={`reason-${id}`} label={t("reasonLabel")} error={say(reasonError)}>
        {(a) => (
          <textarea
            {...a}
            name="reason"
            rows={2}
            maxLength={500}
            defaultValue={failed?.values.reason ?? ""}
            className={inputClass}
          />
        )}
      </Field>
      <FormError failure={failed?.formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" name="decision" value="return" variant="secondary" disabled={pending}>
          {t("return")}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="secondary" disabled={pending}>
          {t("reject")}
        </Button>
      </div>
    </form>
  );
}
