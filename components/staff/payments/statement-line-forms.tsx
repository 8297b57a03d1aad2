"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { dismissStatementLineAction, linkStatementLinesAction } from "@/app/[locale]/staff/payments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormError, useFailureText } from "@/components/ui/failure-text";

export const LINK_FORM_ID = "link-lines";

/**
 * 五: the leftover lines ticked above (checkboxes with form="link-lines") linked to one receipt
 * by its reference code, with a reason. Always rendered, so its result survives the refresh.
 */
export function LinkLinesForm({ defaultCode }: { defaultCode?: string }) {
  const t = useTranslations("reconciliation.link");
  const say = useFailureText();
  const [state, action, pending] = useActionState(linkStatementLinesAction, null);
  const error = (name: string) => {
    const key = state && !state.ok ? state.fieldErrors[name]?.[0] : undefined;
    return say(key);
  };
  return (
    <form
      id={LINK_FORM_ID}
      action={action}
      aria-labelledby="link-lines-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="link-lines-title" className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <FormError failure={state && !state.ok ? state.formError : null} />
      {state?.ok ? (
        <Alert tone="success">
          {t("done", { lines: state.data.lines, code: state.data.referenceCode, confirmed: String(state.data.confirmed) })}
        </Alert>
      ) : null}
      <Field id="link-code" label={t("referenceCode")} error={error("referenceCode")}>
        {(a) => (
          <input
            {...a}
            name="referenceCode"
            defaultValue={state && !state.ok ? state.values?.referenceCode : defaultCode}
            required
            autoComplete="off"
            className={`${inputClass} font-mono`}
          />
        )}
      </Field>
      <Field id="link-reason" label={t("reason")} error={error("reason")}>
        {(a) => (
          <input
            {...a}
            name="reason"
            defaultValue={state && !state.ok ? state.values?.reason : ""}
            required
            className={inputClass}
          />
        )}
      </Field>
      <Button type="submit" disabled={pending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}

/** 五: one line set aside (other income of the center, a refund from a supplier…) with a reason. */
export function DismissLineForm({ lineId }: { lineId: string }) {
  const t = useTranslations("reconciliation.dismiss");
  const say = useFailureText();
  const [state, action, pending] = useActionState(dismissStatementLineAction.bind(null, lineId), null);
  if (state?.ok) return <p role="status">{t("done")}</p>;
  const message = state && !state.ok ? (state.fieldErrors.reason?.[0] ?? state.formError) : null;
  return (
    <form action={action} className="mt-1 flex flex-wrap items-end gap-2">
      <Field id={`dismiss-${lineId}`} label={t("reason")} error={say(message)}>
        {(a) => <input {...a} name="reason" required className={`${inputClass} py-1`} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
