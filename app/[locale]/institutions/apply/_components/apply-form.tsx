"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { INSTITUTION_BODY_KINDS } from "@/lib/schemas/institution-application-schema";
import { applyInstitutionAction, followInstitutionApplicationAction } from "../actions";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** The public application of 四(一)1 (issue 13 item 8); also sends a returned one again under its reference. */

/** The form's text inputs, each with its label under institutionApply.fields. */
type ApplyTextField = "organization" | "creditCode" | "address" | "contactName" | "contactMobile" | "contactEmail" | "reference";
export function ApplyForm({ projects }: { projects: readonly { seq: number; name: string }[] }) {
  const t = useTranslations("institutionApply");
  const say = useFailureText();
  const [state, action, pending] = useActionState(applyInstitutionAction, null);
  const failed = failureOf(state);
  const err = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return say(key);
  };
  const value = (name: string) => failed?.values[name] ?? "";
  if (state?.ok)
    return (
      <Alert tone="success">
        <span>{t("submitted", { reference: state.data.reference })}</span>
      </Alert>
    );
  const text = (name: ApplyTextField, type = "text", extra: Record<string, unknown> = {}) => (
    <Field id={`apply-${name}`} label={t(`fields.${name}`)} error={err(name)}>
      {(a) => <input {...a} name={name} type={type} defaultValue={value(name)} className={inputClass} {...extra} />}
    </Field>
  );
  return (
    // Keyed by the failed answer: React resets a form after its action, and a remount is what
    // brings back the select and the checkboxes as they were sent (a file input never comes back).
    <form
      key={failed ? JSON.stringify(failed) : "new"}
      action={action}
      className="flex flex-col gap-3"
      aria-label={t("formLabel")}
    >
      {text("organization", "text", { required: true, maxLength: 100 })}
      {text("creditCode", "text", { required: true, maxLength: 24, autoCapitalize: "characters" })}
      <Field id="apply-bodyKind" label={t("fields.bodyKind")} error={err("bodyKind")}>
        {(a) => (
          <select {...a} name="bodyKind" defaultValue={value("bodyKind")} className={inputClass} required>
            <option value="">{t("choose")}</option>
            {INSTITUTION_BODY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`bodyKinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text("address", "text", { required: true, maxLength: 200 })}
      {text("contactName", "text", { required: true, maxLength: 30 })}
      {text("contactMobile", "tel", { required: true, inputMode: "numeric", maxLength: 11 })}
      {text("contactEmail", "email")}
      <fieldset className="flex flex-col gap-1">
        <legend className="font-medium">{t("fields.projectSeqs")}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {projects.map((p) => (
            <label key={p.seq} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="projectSeqs"
                value={p.seq}
                defaultChecked={value("projectSeqs").split(",").includes(String(p.seq))}
              />
              {p.seq}. {p.name}
            </label>
          ))}
        </div>
        {err("projectSeqs") ? <p className="text-sm text-red-800">{err("projectSeqs")}</p> : null}
      </fieldset>
      <Field id="apply-documents" label={t("fields.documents")} hint={t("documentsHint")} error={err("documents")}>
        {(a) => <input {...a} name="documents" type="file" multiple accept=".jpg,.jpeg,.png,.pdf" className={inputClass} />}
      </Field>
      {text("reference")}
      <p className="text-sm text-slate-600">{t("referenceHint")}</p>
      <FormError failure={failed?.formError} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** Reference and mobile: where the application stands, and why it came back. */
export function FollowForm() {
  const t = useTranslations("institutionApply");
  const [state, action, pending] = useActionState(followInstitutionApplicationAction, null);
  const failed = failureOf(state);
  return (
    <form action={action} className="flex flex-col gap-3" aria-label={t("followLabel")}>
      <Field id="follow-reference" label={t("fields.reference")}>
        {(a) => <input {...a} name="reference" defaultValue={failed?.values.reference ?? ""} className={inputClass} required />}
      </Field>
      <Field id="follow-mobile" label={t("fields.contactMobile")}>
        {(a) => (
          <input {...a} name="mobile" type="tel" defaultValue={failed?.values.mobile ?? ""} className={inputClass} required />
        )}
      </Field>
      <FormError failure={failed?.formError} />
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
