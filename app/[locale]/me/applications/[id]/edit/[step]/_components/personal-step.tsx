"use client";

import { useActionState } from "react";
import { savePersonalAction } from "@/app/[locale]/me/applications/[id]/actions";
import { failureOf } from "@/components/account/text-field";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";
import { PersonalFields } from "@/components/wizard/personal-fields";
import { FixLinks } from "@/components/wizard/fix-links";
import { StepForm } from "@/components/wizard/step-form";

export function PersonalStep({
  applicationId,
  personal,
  rule,
}: {
  applicationId: string;
  personal: ApplicationDetailDto["personal"];
  rule: string | null;
}) {
  const [state, action, pending] = useActionState(savePersonalAction.bind(null, applicationId), null);
  const failed = failureOf(state);
  return (
    <StepForm
      action={action}
      failed={failed}
      pending={pending}
      afterError={<FixLinks applicationId={applicationId} failed={failed} current="personal" />}
    >
      <PersonalFields personal={personal} failed={failed} guide={{ rule }} />
    </StepForm>
  );
}
