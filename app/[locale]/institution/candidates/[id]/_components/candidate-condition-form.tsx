"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveCandidateConditionAction } from "@/app/[locale]/institution/candidates/[id]/actions";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Field, inputClass } from "@/components/ui/field";
import { StepForm, useFieldError } from "@/components/wizard/step-form";

/** 申报条件 of one candidate (附件1): shown only when the project has more than one. */
export function CandidateConditionForm({
  applicationId,
  selected,
  conditions,
}: {
  applicationId: string;
  selected: string | null;
  conditions: { code: string; text: string }[];
}) {
  const ti = useTranslations("institution.candidate");
  const [state, action, pending] = useActionState(saveCandidateConditionAction.bind(null, applicationId), null);
  const failed = failureOf(state);
  const error = useFieldError(failed);
  return (
    <StepForm action={action} failed={failed} pending={pending} submitLabel={ti("saveCondition")}>
      {state?.ok ? <Alert tone="success">{ti("saved")}</Alert> : null}
      <Field id="conditionCode" label={ti("condition")} error={error("conditionCode")}>
        {(a) => (
          <select
            {...a}
            name="conditionCode"
            defaultValue={failed?.values.conditionCode ?? selected ?? ""}
            className={inputClass}
          >
            {conditions.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} {c.text}
              </option>
            ))}
          </select>
        )}
      </Field>
    </StepForm>
  );
}
