"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { savePledgeAction } from "@/app/[locale]/me/applications/[id]/actions";
import { failureOf } from "@/components/account/text-field";
import { StepForm, useFieldError } from "@/components/wizard/step-form";

/** 双承诺制 (四(一)1): an explicit checkbox with the pledge's words; the server records the time. */
export function PledgeStep({ applicationId, accepted }: { applicationId: string; accepted: boolean }) {
  const t = useTranslations("wizard");
  const [state, action, pending] = useActionState(savePledgeAction.bind(null, applicationId), null);
  const failed = failureOf(state);
  const error = useFieldError(failed)("pledge");
  return (
    <StepForm action={action} failed={failed} pending={pending}>
      <blockquote className="rounded bg-slate-50 p-3 leading-relaxed">{t("pledgeText")}</blockquote>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="pledge"
          defaultChecked={accepted}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "pledge-error" : undefined}
          className="size-5"
        />
        {t("pledgeAccept")}
      </label>
      {error ? (
        <p id="pledge-error" role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </StepForm>
  );
}
