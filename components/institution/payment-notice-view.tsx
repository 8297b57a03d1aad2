"use client";

import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { formatYuan } from "@/lib/format";
import type { PaymentNoticeDto } from "@/lib/server/institution/payments/payment-notice";

/** The payment notice (五(一)): what to transfer, to whom, and what to write in the remark. */
export function PaymentNoticeView({ notice }: { notice: PaymentNoticeDto }) {
  const t = useTranslations("institution.payments");
  return (
    <Card aria-labelledby={`notice-${notice.referenceCode}`} className="border-brand-600">
      <h3 id={`notice-${notice.referenceCode}`} className="text-lg font-semibold">
        {t("noticeTitle", { project: notice.projectName })}
      </h3>
      <dl className="mt-2 grid grid-cols-[8rem_1fr] gap-1 text-sm">
        <dt>{t("headCount")}</dt>
        <dd>{notice.headCount}</dd>
        <dt>{t("fee")}</dt>
        <dd>{formatYuan(notice.feeFen)} 元</dd>
        <dt>{t("amount")}</dt>
        <dd className="text-lg font-bold">{formatYuan(notice.amountFen)} 元</dd>
        <dt>{t("payeeName")}</dt>
        <dd>{notice.payee?.name ?? t("payeeUnset")}</dd>
        <dt>{t("payeeAccount")}</dt>
        <dd className="font-mono">{notice.payee?.account ?? "—"}</dd>
        <dt>{t("payeeBank")}</dt>
        <dd>{notice.payee?.bank ?? "—"}</dd>
        <dt>{t("reference")}</dt>
        <dd className="font-mono text-lg font-bold">{notice.referenceCode}</dd>
        <dt>{t("examDate")}</dt>
        <dd>{notice.examDate}</dd>
        <dt>{t("window")}</dt>
        <dd>
          {notice.paymentWindow.start} — {notice.paymentWindow.end}
        </dd>
      </dl>
      <p className="mt-2 text-sm">
        {t("remarkHint", { code: notice.referenceCode, date: notice.examDate, count: notice.headCount })}
      </p>
      <p className="mt-1 text-sm text-slate-600">{notice.names.join("、")}</p>
    </Card>
  );
}
