import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/applications/status-badge";
import { Link } from "@/i18n/navigation";
import type { IsoDate } from "@/lib/domain/types";
import { daysBetween } from "@/lib/format";
import type { InstitutionCandidateRow } from "@/lib/server/institution/candidates/list-candidates";
import { projectName } from "@/lib/domain/catalog/names";

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
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50">
          <tr>
            <th className="p-2">{t("name")}</th>
            <th className="p-2">{t("idNumber")}</th>
            <th className="p-2">{t("batchProject")}</th>
            <th className="p-2">{t("status")}</th>
            <th className="p-2">{t("next")}</th>
            <th className="p-2">{t("missing")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="p-2">
                <Link href={`/institution/candidates/${r.id}`} className="text-brand-700 underline">
                  {r.name}
                </Link>
              </td>
              <td className="p-2 font-mono">{r.maskedIdNumber}</td>
              <td className="p-2">
                {tc("batchLabel", r.batch)} · {projectName(r.projectName, locale)}
              </td>
              <td className="p-2">
                <StatusBadge status={r.status} />
                {r.hasReturnReasons ? <span className="ml-1 text-red-800">{t("hasReasons")}</span> : null}
              </td>
              <td className="p-2">
                {r.nextDeadline
                  ? t("deadline", {
                      label: td(r.nextDeadline.kind),
                      date: r.nextDeadline.date,
                      days: daysBetween(today, r.nextDeadline.date),
                    })
                  : "—"}
              </td>
              <td className="p-2">{r.missing > 0 ? t("missingCount", { count: r.missing }) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
