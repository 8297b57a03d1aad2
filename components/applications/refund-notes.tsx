import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { formatYuan } from "@/lib/format";
import type { OwnRefundDto } from "@/lib/server/refunds/list-refunds";

/**
 * The state of a candidate's or an institution's refunds after a plan decision (ADR 080): due
 * (finance is paying it back) or paid, with the date and the bank's reference.
 */
export async function RefundNotes({ refunds, forInstitution = false }: { refunds: OwnRefundDto[]; forInstitution?: boolean }) {
  if (refunds.length === 0) return null;
  const [t, tc] = await Promise.all([getTranslations("refunds.own"), getTranslations("common")]);
  return (
    <Alert tone="info" aria-labelledby="refunds-title">
      <h2 id="refunds-title" className="font-semibold">
        {t("title")}
      </h2>
      <ul className="mt-1 flex flex-col gap-1">
        {refunds.map((r) => {
          const values = {
            name: r.candidateName,
            project: r.project,
            batch: tc("batchLabel", r.batch),
            amount: formatYuan(r.amountFen),
            date: r.paidOn ?? "",
            reference: r.bankReference ?? "",
          };
          const key = forInstitution
            ? r.status === "PAID"
              ? "institutionPaid"
              : "institutionDue"
            : r.status === "PAID"
              ? "paid"
              : "due";
          return <li key={`${r.applicationId}-${r.status}-${r.amountFen}`}>{t(key, values)}</li>;
        })}
      </ul>
    </Alert>
  );
}
