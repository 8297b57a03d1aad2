"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { failureOf } from "@/components/account/text-field";
import { FailureAlert } from "@/components/institution/failure-alert";
import { useMessage } from "@/components/institution/use-message";
import { ReceiptFileField, TransferDateField } from "@/components/payments/receipt-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, inputClass } from "@/components/ui/field";
import { parseYuan } from "@/lib/domain/payment";
import { formatYuan } from "@/lib/format";
import type { BatchPaymentNoticeDto } from "@/lib/server/institution/payments/batch-payment";
import type { PayableDto, PayablePlanDto } from "@/lib/server/institution/payments/list-payable";
import { batchPaymentNoticeAction, submitBatchPaymentAction } from "../actions";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

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
  const [state, action, pending] = useActionState(batchPaymentNoticeAction, null);
  const notice = state?.ok ? state.data : null;
  const plans = payable.plans.filter((p) => p.approved.length > 0);
  return (
    <div className="flex flex-col gap-3">
      {plans.length > 0 ? (
        <form action={action} className="flex flex-col gap-3">
          <input type="hidden" name="batchId" value={batchId} />
          {plans.map((plan) => (
            <PlanFieldset key={plan.planId} plan={plan} />
          ))}
          <Button type="submit" disabled={pending || !payable.windowOpen} className="self-start">
            {t("makeNotice")}
          </Button>
        </form>
      ) : (
        <p role="status">{t("none")}</p>
      )}
      <FailureAlert failed={failureOf(state)} />
      {notice ? (
        <>
          <BatchNoticeView notice={notice} />
          <BatchReceiptForm key={notice.referenceCode} notice={notice} payerName={payerName} today={today} />
        </>
      ) : null}
    </div>
  );
}

function PlanFieldset({ plan }: { plan: PayablePlanDto }) {
  const t = useTranslations("institutionBatch.payments");
  const { holding } = plan;
  const cancelled = holding.planStatus === "CANCELLED";
  return (
    <fieldset className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3">
      <legend className="px-1 font-medium">
        {t("selectProject", { project: plan.projectName, count: plan.approved.length, fee: formatYuan(plan.feeFen) })}
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
            name="applicationIds"
            value={a.id}
            defaultChecked={!cancelled}
            disabled={cancelled}
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
  return (
    <Card aria-labelledby={`notice-${notice.referenceCode}`} className="border-brand-600">
      <h3 id={`notice-${notice.referenceCode}`} className="text-lg font-semibold">
        {t("noticeTitle", { batch: notice.batchLabel })}
      </h3>
      <Table className="mt-2 w-full text-left text-sm">
        <THead>
          <TRow>
            <THeadCell className="p-1">{t("project")}</THeadCell>
            <THeadCell className="p-1">{t("headCount")}</THeadCell>
            <THeadCell className="p-1">{t("fee")}</THeadCell>
            <THeadCell className="p-1">{t("subtotal")}</THeadCell>
          </TRow>
        </THead>
        <TBody>
          {notice.lines.map((l) => (
            <TRow key={l.planId} className="border-t border-slate-100">
              <TCell className="p-1">{l.projectName}</TCell>
              <TCell className="p-1">{l.headCount}</TCell>
              <TCell className="p-1">{formatYuan(l.feeFen)} 元</TCell>
              <TCell className="p-1">{formatYuan(l.amountFen)} 元</TCell>
            </TRow>
          ))}
          <TRow className="border-t border-slate-300 font-bold">
            <TCell className="p-1">{t("total")}</TCell>
            <TCell className="p-1">{notice.headCount}</TCell>
            <TCell className="p-1" />
            <TCell className="p-1 text-lg">{formatYuan(notice.amountFen)} 元</TCell>
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

function BatchReceiptForm({ notice, payerName, today }: { notice: BatchPaymentNoticeDto; payerName: string; today: string }) {
  const t = useTranslations("institution.payments");
  const tb = useTranslations("institutionBatch.payments");
  const say = useMessage();
  const [state, action, pending] = useActionState(submitBatchPaymentAction, null);
  const failed = failureOf(state);
  const [amount, setAmount] = useState(failed?.values.amount ?? formatYuan(notice.amountFen));
  const typed = parseYuan(amount);
  const mismatch = typed !== null && typed !== notice.amountFen;
  const error = (name: string) => {
    const key = failed?.fieldErrors[name]?.[0];
    return key ? say(key) : undefined;
  };
  if (state?.ok)
    return (
      <Alert tone="success">
        {tb("submitted", { code: state.data.referenceCode, count: state.data.headCount, projects: state.data.projects })}
      </Alert>
    );
  const id = (name: string) => `batch-${name}-${notice.referenceCode}`;
  return (
    <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <input type="hidden" name="batchId" value={notice.batchId} />
      {notice.applicationIds.map((applicationId) => (
        <input key={applicationId} type="hidden" name="applicationIds" value={applicationId} />
      ))}
      <Field id={id("payer")} label={t("payerName")} error={error("payerName")}>
        {(a) => (
          <input {...a} name="payerName" defaultValue={failed?.values.payerName ?? payerName} className={inputClass} required />
        )}
      </Field>
      <Field id={id("amount")} label={t("paidAmount")} error={error("amount")}>
        {(a) => (
          <input
            {...a}
            name="amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            className={inputClass}
            required
          />
        )}
      </Field>
      {mismatch ? (
        <div role="alert" className="flex flex-col gap-2 rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-900">
          <p>{t("mismatch", { expected: formatYuan(notice.amountFen), typed: formatYuan(typed) })}</p>
          <label className="flex items-center gap-2 font-medium">
            <input type="checkbox" name="acceptMismatch" className="size-5" />
            {t("acceptMismatch")}
          </label>
        </div>
      ) : null}
      <TransferDateField
        id={id("date")}
        label={t("transferDate")}
        error={error("transferDate")}
        today={today}
        typed={failed?.values.transferDate}
      />
      <Field id={id("exam")} label={t("examDateNote")} hint={t("examDateHint")} error={error("examDate")}>
        {(a) => (
          <input
            {...a}
            name="examDate"
            type="date"
            defaultValue={failed?.values.examDate ?? notice.examDate}
            className={inputClass}
            required
          />
        )}
      </Field>
      <Field id={id("count")} label={t("headCountNote")} error={error("headCount")}>
        {(a) => (
          <input
            {...a}
            name="headCount"
            inputMode="numeric"
            defaultValue={failed?.values.headCount ?? String(notice.headCount)}
            className={inputClass}
            required
          />
        )}
      </Field>
      <ReceiptFileField id={id("receipt")} label={t("receipt")} hint={t("receiptHint")} error={error("receipt")} />
      {failed?.formError ? <Alert tone="error">{say(failed.formError)}</Alert> : null}
      <Button type="submit" disabled={pending || !notice.windowOpen}>
        {t("submit")}
      </Button>
    </form>
  );
}
