import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { CertificateRowDto } from "@/lib/server/certificates/list-certificates";
import { formatDay } from "@/lib/i18n/format";
import { PersonalCollectionForm } from "./personal-collection-form";

/** 九 证书台账: every certificate of the plan, its download, and whether the paper one was handed over. */
export async function CertificateTable({ rows, locale, ready }: { rows: CertificateRowDto[]; locale: string; ready: boolean }) {
  const t = await getTranslations("staffExam.certificates");
  if (rows.length === 0) return <p className="text-slate-600">{t("none")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-sm">
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="p-2">
              {t("name")}
            </th>
            <th scope="col" className="p-2">
              {t("idNumber")}
            </th>
            <th scope="col" className="p-2">
              {t("number")}
            </th>
            <th scope="col" className="p-2">
              {t("channel")}
            </th>
            <th scope="col" className="p-2">
              {t("paper")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.applicationId} className="border-t border-slate-100 align-top">
              <th scope="row" className="p-2 text-left font-medium">
                {r.name}
              </th>
              <td className="p-2 font-mono text-xs">{r.maskedIdNumber}</td>
              <td className="p-2">
                <a
                  href={getPathname({ href: `/staff/results/certificate/${r.applicationId}`, locale })}
                  className="font-mono text-brand-700 underline underline-offset-4"
                  download
                >
                  {r.certificateNumber}
                </a>
              </td>
              <td className="p-2">{r.institution?.name ?? t("individual")}</td>
              <td className="p-2">
                {r.collectedAt ? (
                  <p>
                    {t("collectedOn", { date: formatDay(r.collectedAt, locale) })}
                    <span className="block text-xs text-slate-600">{r.collectionNote}</span>
                  </p>
                ) : r.channel === "INDIVIDUAL" && ready ? (
                  <PersonalCollectionForm applicationId={r.applicationId} who={r.name} />
                ) : (
                  t("notCollected")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
