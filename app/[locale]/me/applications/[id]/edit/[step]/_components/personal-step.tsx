"use client";

import { savePersonalAction } from "@/app/[locale]/me/applications/[id]/actions";
import { failureOf } from "@/components/account/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { ApplicationDetailDto } from "@/lib/server/applications/get-application";
import { PersonalFields } from "@/components/wizard/personal-fields";
import { FixLinks } from "@/components/wizard/fix-links";
import { StepForm } from "@/components/wizard/step-form";
import { personalStepSchema } from "@/lib/schemas/application-schema";

export function PersonalStep({
  applicationId,
  personal,
  rule,
}: {
  applicationId: string;
  personal: ApplicationDetailDto["personal"];
  rule: string | null;
}) {
  const form = useActionForm({ action: savePersonalAction, schema: personalStepSchema });
  return (
    <StepForm
      form={form}
      afterError={<FixLinks applicationId={applicationId} failed={failureOf(form.state)} current="personal" />}
    >
      <input type="hidden" name="applicationId" value={applicationId} />
      <PersonalFields personal={personal} form={form.fields} guide={{ rule }} />
    </StepForm>
  );
}
