"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveCandidatePersonalAction } from "@/app/[locale]/institution/candidates/[id]/actions";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { PersonalFields } from "@/components/wizard/personal-fields";
import { StepForm } from "@/components/wizard/step-form";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";

/** The roster's data of one candidate, corrected on the page (the wizard's personal step, same schema and use case). */
export function CandidatePersonalForm({
  applicationId,
  personal,
}: {
  applicationId: string;
  personal: ApplicationDetailDto["personal"];
}) {
  const ti = useTranslations("institution.candidate");
  const [state, action, pending] = useActionState(saveCandidatePersonalAction.bind(null, applicationId), null);
  const failed = failureOf(state);
  return (
    <StepForm action={action} failed={failed} pending={pending} submitLabel={ti("saveData")}>
      {state?.ok ? <Alert tone="success">{ti("saved")}</Alert> : null}
      <PersonalFields personal={personal} failed={failed} />
    </StepForm>
  );
}
