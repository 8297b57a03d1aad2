import { projectName } from "@/lib/domain/catalog/names";
import type { PaymentDto } from "@/lib/server/payments/list-payments";

/** The `staffPayments` translator, narrowed to what these cells say. */
type PaymentsT = (key: "batchProject" | "people", values: Record<string, string | number>) => string;

/** Cells every list of receipts shows alike (the waiting queue, the search of every state). */
export function PayerCell({ payment: p }: { payment: PaymentDto }) {
  return (
    <td className="p-2">
      {p.payerName}
      {p.institutionName ? <span className="block text-xs text-slate-600">{p.institutionName}</span> : null}
    </td>
  );
}

export function PlanCell({ payment: p, t, locale }: { payment: PaymentDto; t: PaymentsT; locale: string }) {
  const project = projectName(p.project.name, locale);
  return <td className="p-2">{t("batchProject", { year: p.batch.year, seq: p.batch.seq, project })}</td>;
}

/** Up to two names, else the head count. */
export function CandidatesCell({ payment: p, t }: { payment: PaymentDto; t: PaymentsT }) {
  return (
    <td className="p-2">
      {p.applications.length > 2
        ? t("people", { n: p.applications.length })
        : p.applications.map((a) => a.candidateName).join("、")}
    </td>
  );
}
