import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { Card } from "@/components/ui/card";
import { StaffFileLink, staffFileUrl } from "@/components/staff/review/staff-file";
import { StaffFileView } from "@/components/staff/review/staff-file-view";
import { formatYuan } from "@/lib/format";
import type { PaymentDto } from "@/lib/server/payments/list-payments";
import type { Payee } from "@/lib/server/settings/payee";
import { projectName } from "@/lib/domain/catalog/names";
import { Quoted } from "@/components/i18n/quoted";

/** 五: what the receipt must show, next to the receipt itself. */
export async function PaymentDetail({ payment: p, payee, locale }: { payment: PaymentDto; payee: Payee | null; locale: string }) {
  const t = await getTranslations("staffPayments");
  const mismatch = p.amountFen !== p.expectedAmountFen;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="flex flex-col gap-4">
        <Card aria-labelledby="checklist">
          <h2 id="checklist" className="text-lg font-semibold">
            {t("detail.checklist")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            <li>
              ☐ <Quoted text={t("detail.payeeName", { name: payee?.name ?? "—" })} quoted={[payee?.name]} />
            </li>
            <li>☐ {t("detail.payeeAccount", { account: payee?.account ?? "—" })}</li>
            <li>☐ {t("detail.payerName", { name: p.payerName })}</li>
            <li className={mismatch ? "font-semibold text-red-800" : undefined}>
              ☐ {t("detail.amounts", { amount: formatYuan(p.amountFen), expected: formatYuan(p.expectedAmountFen) })}
            </li>
          </ul>
        </Card>
        <Card>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("detail.reference")}</dt>
            <dd className="font-mono">{p.referenceCode}</dd>
            <dt className="text-slate-600">{t("columns.plan")}</dt>
            <dd>{t("batchProject", { year: p.batch.year, seq: p.batch.seq, project: projectName(p.project.name, locale) })}</dd>
            <dt className="text-slate-600">{t("columns.transferDate")}</dt>
            <dd>{p.transferDate}</dd>
            <dt className="text-slate-600">{t("detail.paymentEnd")}</dt>
            <dd>{p.batch.paymentEnd}</dd>
            <dt className="text-slate-600">{t("detail.headCount")}</dt>
            <dd>{p.headCount}</dd>
            {p.examDateNote ? (
              <>
                <dt className="text-slate-600">{t("detail.examDateNote")}</dt>
                <dd>{p.examDateNote}</dd>
              </>
            ) : null}
            {p.proxyNote ? (
              <>
                <dt className="text-slate-600">{t("detail.proxyNote")}</dt>
                <dd lang="zh-CN">{p.proxyNote}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        <Card aria-labelledby="paid-applications">
          <h2 id="paid-applications" className="text-lg font-semibold">
            {t("detail.applications")}
          </h2>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {p.applications.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-2">
                {a.candidateName} <span className="font-mono text-xs">{a.maskedIdNumber}</span>{" "}
                <span className="text-xs text-slate-600">{projectName(a.projectName, locale)}</span>{" "}
                <StatusBadge status={a.status} />
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <Card aria-labelledby="receipt" className="flex flex-col gap-2">
        <h2 id="receipt" className="text-lg font-semibold">
          {t("detail.receipt")}
        </h2>
        {p.receipt ? (
          <>
            <StaffFileView url={staffFileUrl(p.receipt.fileId, locale)} mime={p.receipt.mime} label={t("detail.receipt")} />
            <StaffFileLink fileId={p.receipt.fileId} locale={locale} />
          </>
        ) : (
          <p className="text-sm text-red-800">{t("detail.noReceipt")}</p>
        )}
      </Card>
    </div>
  );
}
