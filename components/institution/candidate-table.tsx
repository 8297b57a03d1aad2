import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { Link } from "@/i18n/navigation";
import type { IsoDate } from "@/lib/domain/types";
import { daysBetween } from "@/lib/format";
import type { InstitutionCandidateRow } from "@/lib/server/institution/candidates/list-candidates";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

/** The institution's candidates with the status and next deadline each candidate would see (三). */
export async function CandidateTable({ rows, today }: { rows: InstitutionCandidateRow[]; today: IsoDate }) {
  const [t, tc, td] = await Promise.all([
    getTranslations("institution.candidates"),
    getTranslations("common"),
    getTranslations("deadline"),
  ]);
  if (rows.length === 0) return <p role="status">{t("none")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full text-left text-sm">
      <THead className="bg-slate-50">
        <TRow>
          <THeadCell className="p-2">{t("name")}</THeadCell>
          <THeadCell className="p-2">{t("idNumber")}</THeadCell>
          <THeadCell className="p-2">{t("batchProject")}</THeadCell>
          <THeadCell className="p-2">{t("status")}</THeadCell>
          <THeadCell className="p-2">{t("next")}</THeadCell>
          <THeadCell className="p-2">{t("missing")}</THeadCell>
        </TRow>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TRow key={r.id} className="border-t border-slate-100">
            <TCell className="p-2">
              <Link href={`/institution/candidates/${r.id}`} className="text-brand-700 underline">
                {r.name}
              </Link>
            </TCell>
            <TCell className="p-2 font-mono">{r.maskedIdNumber}</TCell>
            <TCell className="p-2">
              {tc("batchLabel", r.batch)} · {r.projectName}
            </TCell>
            <TCell className="p-2">
              <StatusBadge status={r.status} />
              {r.hasReturnReasons ? <span className="ml-1 text-red-800">{t("hasReasons")}</span> : null}
            </TCell>
            <TCell className="p-2">
              {r.nextDeadline
                ? t("deadline", {
                    label: td(r.nextDeadline.kind),
                    date: r.nextDeadline.date,
                    days: daysBetween(today, r.nextDeadline.date),
                  })
                : "—"}
            </TCell>
            <TCell className="p-2">{r.missing > 0 ? t("missingCount", { count: r.missing }) : "—"}</TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
