"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { submitCompleteAction } from "@/app/[locale]/institution/attachments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/failure-text";

/** ADR 031: drafts go to the center's review once complete; this sends every complete one of the batch now. */
export function SubmitCompleteButton({ batchId }: { batchId: string }) {
  const t = useTranslations("institution.attachments");
  const [state, action, pending] = useActionState(submitCompleteAction, null);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="batchId" value={batchId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submitComplete")}
      </Button>
      {state?.ok ? (
        <Alert tone={state.data.notSubmitted.length > 0 ? "error" : "success"}>
          <p>{t("submittedCount", { count: state.data.submitted.length })}</p>
          {state.data.notSubmitted.map((n) => (
            <p key={n.applicationId}>
              {n.name}：{n.reason}
            </p>
          ))}
        </Alert>
      ) : null}
      <FormError failure={state && !state.ok ? state.formError : null} />
    </form>
  );
}
