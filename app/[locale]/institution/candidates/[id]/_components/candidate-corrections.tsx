"use client";

import { useTranslations } from "next-intl";
import { failureOf } from "@/components/account/text-field";
import { TextField } from "@/components/account/text-field";
import { FormFailureAlert } from "@/components/forms/failure";
import { useActionForm } from "@/components/forms/use-action-form";
import { FailureAlert } from "@/components/institution/failure-alert";
import { HiddenField } from "@/components/institution/hidden-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { candidateIdentityFormSchema, institutionCandidateIdSchema } from "@/lib/schemas/institution-correction-schema";
import { correctIdentityAction, revealIdNumberAction, withdrawApplicationAction } from "../actions";

/** Issue 13 item 3: correct the name and mobile of the institution's own candidate (a draft or a returned row). */
export function IdentityForm({ applicationId, name, mobile }: { applicationId: string; name: string; mobile: string }) {
  const t = useTranslations("institutionBatch.candidate");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: correctIdentityAction,
    schema: candidateIdentityFormSchema,
  });
  return (
    <Card aria-labelledby="identity" className="flex flex-col gap-3">
      <h3 id="identity" className="font-semibold">
        {t("identityTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("identityHint")}</p>
      <form {...formProps} className="flex flex-col gap-3">
        <HiddenField form={fields} name="applicationId" value={applicationId} />
        <TextField form={fields} id="identity-name" name="name" label={t("name")} defaultValue={name} />
        <TextField
          form={fields}
          id="identity-mobile"
          name="mobile"
          label={t("mobile")}
          inputMode="numeric"
          defaultValue={mobile}
        />
        <FormFailureAlert failure={formError ?? fields.errorOf("applicationId")} />
        {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
        <Button type="submit" disabled={pending} className="self-start">
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}

/** Issue 13 item 3: withdraw a draft or an application not yet reviewed (a button: its schema is the hidden id, ADR 138). */
export function WithdrawForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("institutionBatch.candidate");
  const { state, pending, fields, formProps } = useActionForm({
    action: withdrawApplicationAction,
    schema: institutionCandidateIdSchema,
  });
  return (
    <Card aria-labelledby="withdraw" className="flex flex-col gap-2">
      <h3 id="withdraw" className="font-semibold">
        {t("withdrawTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("withdrawHint")}</p>
      <FailureAlert failed={failureOf(state)} also={fields.errorOf("applicationId")} />
      <form {...formProps}>
        <HiddenField form={fields} name="applicationId" value={applicationId} />
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("withdraw")}
        </Button>
      </form>
    </Card>
  );
}

/** Issue 13 item 3: the full ID number on request; the server records each request. */
export function RevealIdNumber({ applicationId }: { applicationId: string }) {
  const t = useTranslations("institutionBatch.candidate");
  const { state, pending, fields, formProps } = useActionForm({
    action: revealIdNumberAction,
    schema: institutionCandidateIdSchema,
  });
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm">
      <HiddenField form={fields} name="applicationId" value={applicationId} />
      {state?.ok ? (
        <span className="font-mono text-base" aria-live="polite">
          {state.data.idNumber}
        </span>
      ) : (
        <>
          <Button type="submit" variant="secondary" disabled={pending}>
            {t("reveal")}
          </Button>
          <span className="text-slate-600">{t("revealHint")}</span>
        </>
      )}
      <FailureAlert failed={failureOf(state)} also={fields.errorOf("applicationId")} />
    </form>
  );
}
