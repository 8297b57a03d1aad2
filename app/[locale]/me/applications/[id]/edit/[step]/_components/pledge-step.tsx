"use client";

import { useTranslations } from "next-intl";
import { savePledgeAction } from "@/app/[locale]/me/applications/[id]/actions";
import { useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { StepForm } from "@/components/wizard/step-form";
import { pledgeStepSchema } from "@/lib/schemas/application-schema";

/** 双承诺制 (四(一)1): an explicit checkbox with the pledge's words; the server records the time. */
export function PledgeStep({ applicationId, accepted }: { applicationId: string; accepted: boolean }) {
  const t = useTranslations("wizard");
  const text = useFailureText();
  const form = useActionForm({ action: savePledgeAction, schema: pledgeStepSchema });
  const failure = form.fields.errorOf("pledge");
  const error = failure ? text(failure) : undefined;
  return (
    <StepForm form={form}>
      <input type="hidden" name="applicationId" value={applicationId} />
      <blockquote className="rounded bg-slate-50 p-3 leading-relaxed">{t("pledgeText")}</blockquote>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          {...form.fields.register("pledge")}
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
