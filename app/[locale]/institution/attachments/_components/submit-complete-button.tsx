"use client";

import { useTranslations } from "next-intl";
import { submitCompleteAction } from "@/app/[locale]/institution/attachments/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { HiddenField } from "@/components/institution/hidden-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError, useFailureText } from "@/components/ui/failure-text";
import { rosterUploadSchema } from "@/lib/schemas/institution-roster-schema";

/** ADR 031: drafts go to the center's review once complete; this sends every complete one of the batch now. */
export function SubmitCompleteButton({ batchId }: { batchId: string }) {
  const t = useTranslations("institution.attachments");
  const say = useFailureText();
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: submitCompleteAction,
    schema: rosterUploadSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-2">
      <HiddenField form={fields} name="batchId" value={batchId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submitComplete")}
      </Button>
      {state?.ok ? (
        <Alert tone={state.data.notSubmitted.length > 0 ? "error" : "success"}>
          <p>{t("submittedCount", { count: state.data.submitted.length })}</p>
          {state.data.notSubmitted.map((n) => (
            <p key={n.applicationId}>{t("notSubmittedLine", { name: n.name, reason: say(n.reason) })}</p>
          ))}
        </Alert>
      ) : null}
      <FormError failure={formError ?? fields.errorOf("batchId")} />
    </form>
  );
}
