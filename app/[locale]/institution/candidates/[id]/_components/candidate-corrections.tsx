"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { failureOf } from "@/components/account/text-field";
import { FailureAlert } from "@/components/institution/failure-alert";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { correctIdentityAction, revealIdNumberAction, withdrawApplicationAction } from "../actions";
import { FormError, useFailureText } from "@/components/ui/failure-text";

/** Issue 13 item 3: correct the name and mobile of the institution's own candidate (a draft or a returned row). */
export function IdentityForm({ applicationId, name, mobile }: { applicationId: string; name: string; mobile: string }) {
  const t = useTranslations("institutionBatch.candidate");
  const say = useFailureText();
  const [state, action, pending] = useActionState(correctIdentityAction.bind(null, applicationId), null);
  const failed = failureOf(state);
  const error = (field: string) => {
    const key = failed?.fieldErrors[field]?.[0];
    return say(key);
  };
  return (
    <Card aria-labelledby="identity" className="flex flex-col gap-3">
      <h3 id="identity" className="font-semibold">
        {t("identityTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("identityHint")}</p>
      <form action={action} className="flex flex-col gap-3">
        <Field id="identity-name" label={t("name")} error={error("name")}>
          {(a) => <input {...a} name="name" defaultValue={failed?.values.name ?? name} className={inputClass} required />}
        </Field>
        <Field id="identity-mobile" label={t("mobile")} error={error("mobile")}>
          {(a) => (
            <input
              {...a}
              name="mobile"
              inputMode="numeric"
              defaultValue={failed?.values.mobile ?? mobile}
              className={inputClass}
              required
            />
          )}
        </Field>
        <FormError failure={failed?.formError} />
        {state?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
        <Button type="submit" disabled={pending} className="self-start">
          {t("save")}
        </Button>
      </form>
    </Card>
  );
}

/** Issue 13 item 3: withdraw a draft or an application not yet reviewed. */
export function WithdrawForm({ applicationId }: { applicationId: string }) {
  const t = useTranslations("institutionBatch.candidate");
  const [state, action, pending] = useActionState(withdrawApplicationAction.bind(null, applicationId), null);
  return (
    <Card aria-labelledby="withdraw" className="flex flex-col gap-2">
      <h3 id="withdraw" className="font-semibold">
        {t("withdrawTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("withdrawHint")}</p>
      <FailureAlert failed={failureOf(state)} />
      <form action={action}>
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
  const [state, action, pending] = useActionState(revealIdNumberAction.bind(null, applicationId), null);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
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
      <FailureAlert failed={failureOf(state)} />
    </form>
  );
}
