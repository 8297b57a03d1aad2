"use client";

import { useTranslations } from "next-intl";
import { saveCandidatePersonalAction } from "@/app/[locale]/institution/candidates/[id]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { HiddenField } from "@/components/institution/hidden-field";
import { Alert } from "@/components/ui/alert";
import { PersonalFields } from "@/components/wizard/personal-fields";
import { StepForm } from "@/components/wizard/step-form";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";
import { candidatePersonalFormSchema } from "@/lib/schemas/institution-correction-schema";

/** The roster's data of one candidate, corrected on the page (the wizard's personal step, same schema and use case). */
export function CandidatePersonalForm({
  applicationId,
  personal,
}: {
  applicationId: string;
  personal: ApplicationDetailDto["personal"];
}) {
  const ti = useTranslations("institution.candidate");
  const form = useActionForm({ action: saveCandidatePersonalAction, schema: candidatePersonalFormSchema });
  return (
    <StepForm form={form} submitLabel={ti("saveData")}>
      {form.state?.ok ? <Alert tone="success">{ti("saved")}</Alert> : null}
      <HiddenField form={form.fields} name="applicationId" value={applicationId} />
      <PersonalFields personal={personal} form={form.fields} />
    </StepForm>
  );
}
