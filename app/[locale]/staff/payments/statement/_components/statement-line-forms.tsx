"use client";

import { useTranslations } from "next-intl";
import { dismissStatementLineAction, linkStatementLinesAction } from "@/app/[locale]/staff/payments/actions";
import { FormFailureAlert } from "@/components/forms/failure";
import { FormField } from "@/components/forms/form-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { dismissLineFormSchema, linkLinesFormSchema } from "@/lib/schemas/staff-payment-forms";

export const LINK_FORM_ID = "link-lines";

/**
 * 五: the leftover lines ticked above (checkboxes with form="link-lines", checked by the action)
 * linked to one receipt by its reference code, with a reason. Always rendered, so its result
 * survives the refresh.
 */
export function LinkLinesForm({ defaultCode }: { defaultCode?: string }) {
  const t = useTranslations("reconciliation.link");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: linkStatementLinesAction,
    schema: linkLinesFormSchema,
  });
  return (
    <form
      id={LINK_FORM_ID}
      {...formProps}
      aria-labelledby="link-lines-title"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h3 id="link-lines-title" className="font-semibold">
        {t("title")}
      </h3>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <FormFailureAlert failure={formError} />
      {state?.ok ? (
        <Alert tone="success">
          {t("done", { lines: state.data.lines, code: state.data.referenceCode, confirmed: String(state.data.confirmed) })}
        </Alert>
      ) : null}
      <FormField form={fields} name="referenceCode" id="link-code" label={t("referenceCode")} defaultValue={defaultCode}>
        {(props) => <input {...props} required autoComplete="off" className={`${inputClass} font-mono`} />}
      </FormField>
      <FormField form={fields} name="reason" id="link-reason" label={t("reason")}>
        {(props) => <input {...props} required className={inputClass} />}
      </FormField>
      <Button type="submit" disabled={pending} className="self-start">
        {t("submit")}
      </Button>
    </form>
  );
}

/** 五: one line set aside (other income of the center, a refund from a supplier…) with a reason; the line in a hidden input. */
export function DismissLineForm({ lineId }: { lineId: string }) {
  const t = useTranslations("reconciliation.dismiss");
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: dismissStatementLineAction,
    schema: dismissLineFormSchema,
  });
  if (state?.ok) return <p role="status">{t("done")}</p>;
  return (
    <form {...formProps} className="mt-1 flex flex-wrap items-end gap-2">
      <input type="hidden" {...fields.register("lineId")} value={lineId} />
      <FormField form={fields} name="reason" id={`dismiss-${lineId}`} label={t("reason")}>
        {(props) => <input {...props} required className={`${inputClass} py-1`} />}
      </FormField>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("submit")}
      </Button>
      <FormFailureAlert failure={formError} />
    </form>
  );
}
