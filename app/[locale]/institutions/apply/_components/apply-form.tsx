"use client";

import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";
import { FormFailureAlert, useFailureText } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { type ActionForm, useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import {
  followInstitutionApplicationSchema,
  INSTITUTION_BODY_KINDS,
  institutionApplyFormSchema,
} from "@/lib/schemas/institution-application-schema";
import { applyInstitutionAction, followInstitutionApplicationAction } from "../actions";

/** The form's text inputs, each with its label under institutionApply.fields. */
type ApplyTextField = "organization" | "creditCode" | "address" | "contactName" | "contactMobile" | "contactEmail" | "reference";

/** One text input of the application, labelled from institutionApply.fields. */
function ApplyText({
  form,
  name,
  ...input
}: { form: ActionForm<ApplyTextField>; name: ApplyTextField } & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "form">) {
  const t = useTranslations("institutionApply");
  return (
    <FormField form={form} name={name} id={`apply-${name}`} label={t(`fields.${name}`)}>
      {({ defaultValue, ...control }) => (
        <input {...input} {...control} defaultValue={defaultValue ?? ""} className={inputClass} />
      )}
    </FormField>
  );
}

/**
 * The public application of 四(一)1 (issue 13 item 8); also sends a returned one again under its
 * reference. On react-hook-form with the action's schema (ADR 133, 142); the files are checked by
 * the action. Works without JavaScript; what was typed, chosen and ticked comes back after a refusal.
 */
export function ApplyForm({ projects }: { projects: readonly { seq: number; name: string }[] }) {
  const t = useTranslations("institutionApply");
  const text = useFailureText();
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: applyInstitutionAction,
    schema: institutionApplyFormSchema,
  });
  if (state?.ok)
    return (
      <Alert tone="success">
        <span>{t("submitted", { reference: state.data.reference })}</span>
      </Alert>
    );
  const failed = state && !state.ok ? state : null;
  const ticked = (fields.keptValue("projectSeqs") ?? "").split(",");
  const projectsError = fields.errorOf("projectSeqs");
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label={t("formLabel")}>
      <ApplyText form={fields} name="organization" required maxLength={100} />
      <ApplyText form={fields} name="creditCode" required maxLength={24} autoCapitalize="characters" />
      <FormField form={fields} name="bodyKind" id="apply-bodyKind" label={t("fields.bodyKind")} defaultValue="">
        {(control) => (
          <select {...control} className={inputClass} required>
            <option value="">{t("choose")}</option>
            {INSTITUTION_BODY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`bodyKinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ApplyText form={fields} name="address" required maxLength={200} />
      <ApplyText form={fields} name="contactName" required maxLength={30} />
      <ApplyText form={fields} name="contactMobile" type="tel" required inputMode="numeric" maxLength={11} />
      <ApplyText form={fields} name="contactEmail" type="email" />
      <fieldset className="flex flex-col gap-1" aria-describedby={projectsError ? "apply-projectSeqs-error" : undefined}>
        <legend className="font-medium">{t("fields.projectSeqs")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {projects.map((p) => (
            <label key={p.seq} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                {...fields.register("projectSeqs")}
                value={p.seq}
                defaultChecked={ticked.includes(String(p.seq))}
                aria-invalid={Boolean(projectsError)}
              />
              {p.seq}. {p.name}
            </label>
          ))}
        </div>
        {projectsError ? (
          <p id="apply-projectSeqs-error" role="alert" className="text-sm text-red-800">
            {text(projectsError)}
          </p>
        ) : null}
      </fieldset>
      <Field
        id="apply-documents"
        label={t("fields.documents")}
        hint={t("documentsHint")}
        error={text(failed?.fieldErrors.documents?.[0])}
      >
        {(a) => <input {...a} name="documents" type="file" multiple accept=".jpg,.jpeg,.png,.pdf" className={inputClass} />}
      </Field>
      <ApplyText form={fields} name="reference" />
      <p className="text-sm text-slate-600">{t("referenceHint")}</p>
      <FormFailureAlert failure={formError} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** Reference and mobile: where the application stands, and why it came back. */
export function FollowForm() {
  const t = useTranslations("institutionApply");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: followInstitutionApplicationAction,
    schema: followInstitutionApplicationSchema,
  });
  return (
    <form {...formProps} className="flex flex-col gap-3" aria-label={t("followLabel")}>
      <FormField form={fields} name="reference" id="follow-reference" label={t("fields.reference")}>
        {({ defaultValue, ...control }) => (
          <input {...control} defaultValue={defaultValue ?? ""} className={inputClass} required />
        )}
      </FormField>
      <FormField form={fields} name="mobile" id="follow-mobile" label={t("fields.contactMobile")}>
        {({ defaultValue, ...control }) => (
          <input {...control} type="tel" defaultValue={defaultValue ?? ""} className={inputClass} required />
        )}
      </FormField>
      <FormFailureAlert failure={formError} />
      {state?.ok ? (
        <Alert tone={state.data.status === "REJECTED" ? "error" : "info"}>
          <span>
            {t(`status.${state.data.status}`, { organization: state.data.organization })}
            {state.data.reason ? ` ${t("reason", { reason: state.data.reason })}` : ""}
          </span>
        </Alert>
      ) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("follow")}
      </Button>
    </form>
  );
}
