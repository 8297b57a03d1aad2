"use client";

import { useTranslations } from "next-intl";
import { saveCandidateConditionAction } from "@/app/[locale]/institution/candidates/[id]/actions";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { HiddenField } from "@/components/institution/hidden-field";
import { Alert } from "@/components/ui/alert";
import { inputClass } from "@/components/ui/field";
import { StepForm } from "@/components/wizard/step-form";
import { candidateConditionFormSchema } from "@/lib/schemas/institution-correction-schema";

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
  const form = useActionForm({ action: saveCandidateConditionAction, schema: candidateConditionFormSchema });
  return (
    <StepForm form={form} submitLabel={ti("saveCondition")}>
      {form.state?.ok ? <Alert tone="success">{ti("saved")}</Alert> : null}
      <HiddenField form={form.fields} name="applicationId" value={applicationId} />
      <FormField form={form.fields} id="conditionCode" name="conditionCode" label={ti("condition")} defaultValue={selected ?? ""}>
        {(control) => (
          <select {...control} className={inputClass}>
            {conditions.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} {c.text}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </StepForm>
  );
}
