"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import { failureOf } from "@/components/account/text-field";
import { FormField } from "@/components/forms/form-field";
import { type ActionForm, useActionForm } from "@/components/forms/use-action-form";
import { FailureAlert } from "@/components/institution/failure-alert";
import { HiddenField } from "@/components/institution/hidden-field";
import { ReceiptFileField } from "@/components/payments/receipt-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Headings, TBody, TCell, TRow, Table } from "@/components/ui/table";
import { batchPaymentSchema, batchPaymentSelectionSchema } from "@/lib/schemas/institution-payment-schema";
import { parseYuan } from "@/lib/domain/payment";
import { formatYuan } from "@/lib/format";
import type { ActionFailure } from "@/lib/action-result";
import type { BatchPaymentNoticeDto, BatchPaymentResult } from "@/lib/server/institution/payments/batch-payment";
import type { PayableDto, PayablePlanDto } from "@/lib/server/institution/payments/list-payable";
import { batchPaymentNoticeAction, submitBatchPaymentAction } from "../actions";
import { FieldError, FormError, useFailureText } from "@/components/ui/failure-text";
import { projectName } from "@/lib/domain/catalog/names";
import { formatMoney } from "@/lib/i18n/format";

/**
 * 五(一) for a whole batch (issue 13 item 2, ADR 096): the approved candidates of every project,
 * grouped by project with the plan's head count against the 10-registrant rule (四), one notice,
 * then one receipt for all of them.
 */
export function BatchPayment({
  batchId,
  payable,
  payerName,
  today,
}: {
  batchId: string;
  payable: PayableDto;
  payerName: string;
  today: string;
}) {
  const t = useTranslations("institutionBatch.payments");
  const { state, pending, fields, formProps } = useActionForm({
    action: batchPaymentNoticeAction,
    schema: batchPaymentSelectionSchema,
  });
  // The receipt form's state, called here, always, not in the form under the notice (ADR 148):
  // after a post without JavaScript the page has only the receipt's answer, and a refusal brings
  // the notice back (`shown`, rebuilt from the ids posted).
  const receiptSchema = useMemo(() => batchPaymentSchema(today), [today]);
  const receipt = useActionForm({ action: submitBatchPaymentAction, schema: receiptSchema });
  const paid = receipt.state;
  const notice = state ? (state.ok ? state.data : null) : paid && !paid.ok ? (paid.shown ?? null) : null;
  // The receipt's answer, when it is about the notice shown (another selection makes another notice).
  const answer =
    paid &&
    (notice
      ? paid.ok
        ? paid.data.referenceCode === notice.referenceCode
        : paid.values.applicationIds === notice.applicationIds.join(",")
      : state === null)
      ? paid
      : null;
  const plans = payable.plans.filter((p) => p.approved.length > 0);
  // A post without JavaScript renders the boxes again: the ones ticked then stay ticked.
  const ticked = state && !state.ok ? new Set(state.values.applicationIds?.split(",") ?? []) : null;
  return (
    <div className="flex flex-col gap-3">
      {plans.length > 0 ? (
        <form {...formProps} className="flex flex-col gap-3">
          <HiddenField form={fields} name="batchId" value={batchId} />
          {plans.map((plan) => (
            <PlanFieldset key={plan.planId} plan={plan} form={fields} ticked={ticked} />
          ))}
          <FieldError id="applicationIds-error" failure={fields.errorOf("applicationIds")} />
          <Button type="submit" disabled={pending || !payable.windowOpen} className="self-start">
            {t("makeNotice")}
          </Button>
        </form>
      ) : (
        <p role="status">{t("none")}</p>
      )}
      <FailureAlert failed={failureOf(state)} also={fields.errorOf("batchId")} />
      {notice ? <BatchNoticeView notice={notice} /> : null}
      {answer?.ok ? (
        <Alert tone="success">
          {t("submitted", { code: answer.data.referenceCode, count: answer.data.headCount, projects: answer.data.projects })}
        </Alert>
      ) : notice ? (
        <BatchReceiptForm
          key={notice.referenceCode}
          form={receipt}
          failed={failureOf(answer)}
          notice={notice}
          payerName={payerName}
          today={today}
        />
      ) : (
        // Refused, and its ids make no notice any more (someone else's, no longer approved).
        <FailureAlert failed={failureOf(answer)} />
      )}
    </div>
  );
}

function PlanFieldset({
  plan,
  form,
  ticked,
}: {
  plan: PayablePlanDto;
  form: ActionForm<"applicationIds">;
  ticked: Set<string> | null;
}) {
  const t = useTranslations("institutionBatch.payments");
  const locale = useLocale();
  const { holding } = plan;
  const cancelled = holding.planStatus === "CANCELLED";
  return (
    <fieldset className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3">
      <legend className="px-1 font-medium">
        {t("selectProject", {
          project: projectName(plan.projectName, locale),
          count: plan.approved.length,
          fee: formatYuan(plan.feeFen),
        })}
      </legend>
      {cancelled ? (
        <Alert tone="error">{t("planCancelled")}</Alert>
      ) : holding.planStatus === "HELD" ? (
        <p className="text-sm text-green-800">{t("planHeld")}</p>
      ) : holding.belowMinimum ? (
        <p className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-2 text-sm text-amber-900">
          {t("belowMinimum", { registrants: holding.registrants, minimum: holding.minimum })}
        </p>
      ) : (
        <p className="text-sm text-slate-700">{t("holding", { registrants: holding.registrants, minimum: holding.minimum })}</p>
      )}
      {plan.approved.map((a) => (
        <label key={a.id} className="flex items-center gap-2">
          <input
            type="checkbox"
            {...form.register("applicationIds")}
            value={a.id}
            defaultChecked={!cancelled && (ticked === null || ticked.has(a.id))}
            disabled={cancelled}
            aria-describedby="applicationIds-error"
            className="size-5"
          />
          {a.name} <span className="font-mono text-sm text-slate-600">{a.maskedIdNumber}</span>
        </label>
      ))}
    </fieldset>
  );
}

function BatchNoticeView({ notice }: { notice: BatchPaymentNoticeDto }) {
  const t = useTranslations("institutionBatch.payments");
  const tc = useTranslations("common");
  const locale = useLocale();
  return (
    <Card aria-labelledby={`notice-${notice.referenceCode}`} className="border-brand-600">
      <h3 id={`notice-${notice.referenceCode}`} className="text-lg font-semibold">
        {t("noticeTitle", { batch: tc("batchLabel", notice.batch) })}
      </h3>
      <Table frameClassName="mt-2" className="text-left">
        <Headings cellClassName="p-1" headings={[t("project"), t("headCount"), t("fee"), t("subtotal")]} />
        <TBody>
          {notice.lines.map((l) => (
            <TRow key={l.planId} className="border-t border-slate-100">
              <TCell className="p-1">{projectName(l.projectName, locale)}</TCell>
              <TCell className="p-1">{l.headCount}</TCell>
              <TCell className="p-1">{formatMoney(l.feeFen, locale)}</TCell>
              <TCell className="p-1">{formatMoney(l.amountFen, locale)}</TCell>
            </TRow>
          ))}
          <TRow className="border-t border-slate-300 font-bold">
            <TCell className="p-1">{t("total")}</TCell>
            <TCell className="p-1">{notice.headCount}</TCell>
            <TCell className="p-1" />
            <TCell className="p-1 text-lg">{formatMoney(notice.amountFen, locale)}</TCell>
          </TRow>
        </TBody>
      </Table>
      <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-1 text-sm">
        <dt>{t("payee")}</dt>
        <dd>{notice.payee?.name ?? "—"}</dd>
        <dt>{t("account")}</dt>
        <dd className="font-mono">{notice.payee?.account ?? "—"}</dd>
        <dt>{t("bank")}</dt>
        <dd>{notice.payee?.bank ?? "—"}</dd>
        <dt>{t("reference")}</dt>
        <dd className="font-mono text-lg font-bold">{notice.referenceCode}</dd>
        <dt>{t("examDate")}</dt>
        <dd>{notice.examDate}</dd>
      </dl>
      <p className="mt-2 text-sm">
        {t("remarkHint", { code: notice.referenceCode, date: notice.examDate, count: notice.headCount })}
      </p>
    </Card>
  );
}

type ReceiptForm = ReturnType<
  typeof useActionForm<BatchPaymentResult, ReturnType<typeof batchPaymentSchema>, BatchPaymentNoticeDto>
>;

function BatchReceiptForm({
  form,
  failed,
  notice,
  payerName,
  today,
}: {
  form: ReceiptForm;
  failed: ActionFailure<unknown> | null;
  notice: BatchPaymentNoticeDto;
  payerName: string;
  today: string;
}) {
  const t = useTranslations("institution.payments");
  const say = useFailureText();
  const { pending, formProps, rhf } = form;
  // What was typed and refused for another notice is not this notice's.
  const fields: typeof form.fields = failed ? form.fields : { ...form.fields, keptValue: () => undefined };
  // react-hook-form would make several registered inputs of one name one value (it writes the
  // first's value into the others): the ids post from plain hidden inputs and reach its check here.
  // The form's state outlives this notice's form: a new notice starts from its own defaults.
  const ids = notice.applicationIds.join(",");
  useEffect(() => {
    rhf.reset();
    rhf.register("applicationIds", { value: ids.split(",") });
  }, [rhf, ids]);
  const keptAmount = fields.keptValue("amount") ?? formatYuan(notice.amountFen);
  const amount = (rhf.watch("amount") as string | undefined) ?? keptAmount;
  const typed = parseYuan(amount);
  const mismatch = typed !== null && typed !== notice.amountFen;
  const id = (name: string) => `batch-${name}-${notice.referenceCode}`;
  return (
    <form {...formProps} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <HiddenField form={fields} name="batchId" value={notice.batchId} />
      {notice.applicationIds.map((applicationId) => (
        <input key={applicationId} type="hidden" name="applicationIds" value={applicationId} />
      ))}
      <FormField form={fields} id={id("payer")} name="payerName" label={t("payerName")} defaultValue={payerName}>
        {(control) => <input {...control} className={inputClass} />}
      </FormField>
      <FormField form={fields} id={id("amount")} name="amount" label={t("paidAmount")} defaultValue={keptAmount}>
        {(control) => <input {...control} inputMode="decimal" className={inputClass} />}
      </FormField>
      {mismatch ? (
        <div role="alert" className="flex flex-col gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
          <p>{t("mismatch", { expected: formatYuan(notice.amountFen), typed: formatYuan(typed) })}</p>
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" {...fields.register("acceptMismatch")} className="size-5" />
            {t("acceptMismatch")}
          </label>
        </div>
      ) : null}
      <FormField form={fields} id={id("date")} name="transferDate" label={t("transferDate")} defaultValue={today}>
        {(control) => <input {...control} type="date" max={today} className={inputClass} />}
      </FormField>
      <FormField
        form={fields}
        id={id("exam")}
        name="examDate"
        label={t("examDateNote")}
        hint={t("examDateHint")}
        defaultValue={notice.examDate}
      >
        {(control) => <input {...control} type="date" className={inputClass} />}
      </FormField>
      <FormField
        form={fields}
        id={id("count")}
        name="headCount"
        label={t("headCountNote")}
        defaultValue={String(notice.headCount)}
      >
        {(control) => <input {...control} inputMode="numeric" className={inputClass} />}
      </FormField>
      <ReceiptFileField
        id={id("receipt")}
        label={t("receipt")}
        hint={t("receiptHint")}
        error={say(failed?.fieldErrors.receipt?.[0])}
      />
      <FormError failure={failed?.formError ?? fields.errorOf("batchId") ?? fields.errorOf("applicationIds")} />
      <Button type="submit" disabled={pending || !notice.windowOpen}>
        {t("submit")}
      </Button>
    </form>
  );
}
