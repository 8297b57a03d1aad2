import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { Link } from "@/i18n/navigation";
import type { IsoDate } from "@/lib/domain/types";
import { daysBetween } from "@/lib/format";
import type { InstitutionCandidateRow } from "@/lib/server/institution/candidates/list-candidates";
import { projectName } from "@/lib/domain/catalog/names";
import { Headings, TBody, TCell, TRow, Table } from "@/components/ui/table";

/** The institution's candidates with the status and next deadline each candidate would see (三). */
export async function CandidateTable({ rows, today }: { rows: InstitutionCandidateRow[]; today: IsoDate }) {
  const locale = await getLocale();
  const [t, tc, td] = await Promise.all([
    getTranslations("institution.candidates"),
    getTranslations("common"),
    getTranslations("deadline"),
  ]);
  if (rows.length === 0) return <p role="status">{t("none")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="text-left">
      <Headings
        className="bg-slate-50"
        headings={[t("name"), t("idNumber"), t("batchProject"), t("status"), t("next"), t("missing")]}
      />
      <TBody>
        {rows.map((r) => (
          <TRow key={r.id} className="border-t border-slate-100">
            <TCell>
              <Link href={`/institution/candidates/${r.id}`} className="text-brand-700 underline">
                {r.name}
              </Link>
            </TCell>
            <TCell className="font-mono">{r.maskedIdNumber}</TCell>
            <TCell>
              {tc("batchLabel", r.batch)} · {projectName(r.projectName, locale)}
            </TCell>
            <TCell>
              <StatusBadge status={r.status} />
              {r.hasReturnReasons ? <span className="ml-1 text-red-800">{t("hasReasons")}</span> : null}
            </TCell>
            <TCell>
              {r.nextDeadline
                ? t("deadline", {
                    label: td(r.nextDeadline.kind),
                    date: r.nextDeadline.date,
                    days: daysBetween(today, r.nextDeadline.date),
                  })
                : "—"}
            </TCell>
            <TCell>{r.missing > 0 ? t("missingCount", { count: r.missing }) : "—"}</TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
