import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { CertificateRowDto } from "@/lib/server/certificates/list-certificates";
import { PersonalCollectionForm } from "./personal-collection-form";
import { Table, THead, TBody, TRow, THeadCell, TCell } from "@/components/ui/table";

const day = (iso: string) => new Date(iso).toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai" });

/** 九 证书台账: every certificate of the plan, its download, and whether the paper one was handed over. */
export async function CertificateTable({ rows, locale, ready }: { rows: CertificateRowDto[]; locale: string; ready: boolean }) {
  const t = await getTranslations("staffExam.certificates");
  if (rows.length === 0) return <p className="text-slate-600">{t("none")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="w-full min-w-[48rem] text-sm">
      <THead className="bg-slate-50 text-left">
        <TRow>
          <THeadCell scope="col" className="p-2">
            {t("name")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("idNumber")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("number")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("channel")}
          </THeadCell>
          <THeadCell scope="col" className="p-2">
            {t("paper")}
          </THeadCell>
        </TRow>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TRow key={r.applicationId} className="border-t border-slate-100 align-top">
            <THeadCell scope="row" className="p-2 text-left font-medium">
              {r.name}
            </THeadCell>
            <TCell className="p-2 font-mono text-xs">{r.maskedIdNumber}</TCell>
            <TCell className="p-2">
              <a
                href={getPathname({ href: `/staff/results/certificate/${r.applicationId}`, locale })}
                className="font-mono text-brand-700 underline underline-offset-4"
                download
              >
                {r.certificateNumber}
              </a>
            </TCell>
            <TCell className="p-2">{r.institution?.name ?? t("individual")}</TCell>
            <TCell className="p-2">
              {r.collectedAt ? (
                <p>
                  {t("collectedOn", { date: day(r.collectedAt) })}
                  <span className="block text-xs text-slate-600">{r.collectionNote}</span>
                </p>
              ) : r.channel === "INDIVIDUAL" && ready ? (
                <PersonalCollectionForm applicationId={r.applicationId} who={r.name} />
              ) : (
                t("notCollected")
              )}
            </TCell>
          </TRow>
        ))}
      </TBody>
    </Table>
  );
}
