"use client";

import { useTranslations } from "next-intl";
import { submitCandidateAction } from "@/app/[locale]/institution/candidates/[id]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { HiddenField } from "@/components/institution/hidden-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFailureText } from "@/components/ui/failure-text";
import { institutionCandidateIdSchema } from "@/lib/schemas/institution-correction-schema";

/** Sends one candidate to the center's review, or back to it after a return (四(二)3), via submitApplication. */
export function CandidateSubmit({ applicationId, returned }: { applicationId: string; returned: boolean }) {
  const t = useTranslations("wizard");
  const say = useFailureText();
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: submitCandidateAction,
    schema: institutionCandidateIdSchema,
  });
  if (state?.ok) return <Alert tone="success">{t("submitted", { date: state.data.reviewDueDate })}</Alert>;
  const failed = state && !state.ok ? state : null;
  const reasons = [...(failed?.fieldErrors.eligibility ?? []), ...(failed?.fieldErrors.attachments ?? [])].map((f) => say(f));
  const failure = formError ?? fields.errorOf("applicationId");
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <HiddenField form={fields} name="applicationId" value={applicationId} />
      {failure ? (
        <Alert tone="error">
          <p>{say(failure)}</p>
          {reasons.length > 0 ? <p className="mt-1">{reasons.join("、")}</p> : null}
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending}>
        {returned ? t("resubmit") : t("submit")}
      </Button>
    </form>
  );
}
