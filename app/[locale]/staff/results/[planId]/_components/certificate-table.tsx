import { getTranslations } from "next-intl/server";
import { StoredText } from "@/components/i18n/stored-text";
import { Headings, TBody, TCell, THeadCell, TRow, Table } from "@/components/ui/table";
import { getPathname } from "@/i18n/navigation";
import type { CertificateRowDto } from "@/lib/server/certificates/list-certificates";
import { formatDay } from "@/lib/i18n/format";
import { PersonalCollectionForm } from "./personal-collection-form";

/** 九 证书台账: every certificate of the plan, its download, and whether the paper one was handed over. */
export async function CertificateTable({ rows, locale, ready }: { rows: CertificateRowDto[]; locale: string; ready: boolean }) {
  const t = await getTranslations("staffExam.certificates");
  const root = await getTranslations();
  if (rows.length === 0) return <p className="text-slate-600">{t("none")}</p>;
  return (
    <Table frameClassName="rounded-lg border border-slate-200 bg-white" className="min-w-[48rem]">
      <Headings className="bg-slate-50" headings={[t("name"), t("idNumber"), t("number"), t("channel"), t("paper")]} />
      <TBody>
        {rows.map((r) => (
          <TRow key={r.applicationId} className="border-t border-slate-100 align-top">
            <THeadCell scope="row" className="text-left font-medium">
              {r.name}
            </THeadCell>
            <TCell className="font-mono text-xs">{r.maskedIdNumber}</TCell>
            <TCell>
              <a
                href={getPathname({ href: `/staff/results/certificate/${r.applicationId}`, locale })}
                className="font-mono text-brand-700 underline underline-offset-4"
                download
              >
                {r.certificateNumber}
              </a>
            </TCell>
            <TCell>{r.institution?.name ?? t("individual")}</TCell>
            <TCell>
              {r.collectedAt ? (
                <p>
                  {t("collectedOn", { date: formatDay(r.collectedAt, locale) })}
                  <StoredText
                    as="span"
                    className="block text-xs text-slate-600"
                    t={root}
                    locale={locale}
                    messageKey={r.collectionNoteKey}
                    params={r.collectionNoteParams}
                    fallback={r.collectionNote}
                  />
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
