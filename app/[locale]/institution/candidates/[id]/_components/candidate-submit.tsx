"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitCandidateAction } from "@/app/[locale]/institution/candidates/[id]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFailureText } from "@/components/ui/failure-text";

/** Sends one candidate to the center's review, or back to it after a return (四(二)3), via submitApplication. */
export function CandidateSubmit({ applicationId, returned }: { applicationId: string; returned: boolean }) {
  const t = useTranslations("wizard");
  const say = useFailureText();
  const [state, action, pending] = useActionState(submitCandidateAction.bind(null, applicationId), null);
  if (state?.ok) return <Alert tone="success">{t("submitted", { date: state.data.reviewDueDate })}</Alert>;
  const failed = state && !state.ok ? state : null;
  const reasons = [...(failed?.fieldErrors.eligibility ?? []), ...(failed?.fieldErrors.attachments ?? [])].map((f) => say(f));
  return (
    <form action={action} className="flex flex-col gap-3">
      {failed?.formError ? (
        <Alert tone="error">
          <p>{say(failed.formError)}</p>
          {reasons.length > 0 ? <p className="mt-1">{reasons.join("、")}</p> : null}
        </Alert>
      ) : null}
      <Button type="submit" disabled={pending}>
        {returned ? t("resubmit") : t("submit")}
      </Button>
    </form>
  );
}
