"use client";

import { useTranslations } from "next-intl";
import { saveConditionAction } from "@/app/[locale]/me/applications/[id]/actions";
import { failureOf } from "@/components/account/text-field";
import { useFailureText } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { FixLinks } from "@/components/wizard/fix-links";
import { StepForm } from "@/components/wizard/step-form";
import { conditionStepSchema } from "@/lib/schemas/application-schema";

interface Option {
  code: string;
  text: string;
  evidence: string | null;
}

export function ConditionStep({
  applicationId,
  selected,
  conditions,
}: {
  applicationId: string;
  selected: string | null;
  conditions: Option[];
}) {
  const t = useTranslations("wizard");
  const text = useFailureText();
  const form = useActionForm({ action: saveConditionAction, schema: conditionStepSchema });
  const failure = form.fields.errorOf("conditionCode");
  const error = failure ? text(failure) : undefined;
  const chosen = form.fields.keptValue("conditionCode") ?? selected ?? "";
  return (
    <StepForm
      form={form}
      afterError={<FixLinks applicationId={applicationId} failed={failureOf(form.state)} current="condition" />}
    >
      <input type="hidden" name="applicationId" value={applicationId} />
      <fieldset aria-describedby={error ? "conditionCode-error" : undefined}>
        <legend className="mb-2 text-slate-700">{t("conditionIntro")}</legend>
        <div className="flex flex-col gap-2">
          {conditions.map((c) => (
            <label
              key={c.code}
              className="flex gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                {...form.fields.register("conditionCode")}
                value={c.code}
                defaultChecked={chosen === c.code}
                className="mt-1 size-5"
              />
              <span>
                <span className="block">{c.text}</span>
                {c.evidence ? (
                  <span className="mt-1 block text-sm text-amber-900">{t("evidence", { evidence: c.evidence })}</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
        {error ? (
          <p id="conditionCode-error" role="alert" className="mt-2 text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
      </fieldset>
    </StepForm>
  );
}
