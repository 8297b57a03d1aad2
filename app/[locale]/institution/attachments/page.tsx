import { getLocale, getTranslations } from "next-intl/server";
import { ArchiveUpload } from "@/components/institution/archive-upload";
import { BatchPicker } from "@/components/institution/batch-picker";
import { SubmitCompleteButton } from "@/app/[locale]/institution/attachments/_components/submit-complete-button";
import { ZipImport } from "@/app/[locale]/institution/attachments/_components/zip-import";
import { Card } from "@/components/ui/card";
import { Link } from "@/i18n/navigation";
import { institutionPaperworkOpen } from "@/lib/domain/window-rules";
import { ZIP_FILE_TYPES } from "@/lib/domain/roster/zip-names";
import { listMissingAttachments } from "@/lib/server/institution/attachments/missing-report";
import { latestArchiveImportId } from "@/lib/server/institution/archive/archive-status";
import { now } from "@/lib/clock";
import { openBatchPage, type BatchPageProps } from "../batch-page";
import { projectName } from "@/lib/domain/catalog/names";
import { listSeparator } from "@/lib/i18n/format";
import { Quoted } from "@/components/i18n/quoted";

export const dynamic = "force-dynamic";

/** 四(一)2 附件材料 for many candidates: a zip, the report, and who still lacks what. */
export default async function AttachmentsPage(props: BatchPageProps) {
  const { actor, today, options, batch } = await openBatchPage(props, "/institution/attachments", "registration");
  const t = await getTranslations("institution.attachments");
  const locale = await getLocale();
  const ta = await getTranslations("attachments");
  if (!batch) return <p role="status">{t("noBatch")}</p>;
  const missing = await listMissingAttachments(actor, batch.id);
  const lastImport = await latestArchiveImportId(actor, batch.id, now());
  // Drafts take scans while registration is open, returned applications while review is (四(二)3).
  const open = institutionPaperworkOpen(batch, today);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <BatchPicker options={options} selected={batch} phase="registration" />
      <Card aria-labelledby="naming">
        <h2 id="naming" className="text-lg font-semibold">
          {t("namingTitle")}
        </h2>
        <p className="mt-1">{t("naming")}</p>
        <p className="mt-1 font-mono text-sm" lang="zh-CN">
          510104199001011234_照片.jpg · 510104199001011234_身份证正面.pdf
        </p>
        <p className="mt-1 text-sm text-slate-700">
          <Quoted
            text={t("types", { types: Object.keys(ZIP_FILE_TYPES).join("、") })}
            quoted={[Object.keys(ZIP_FILE_TYPES).join("、")]}
          />
        </p>
        <p className="mt-1 text-sm text-slate-700">{t("rules")}</p>
      </Card>
      <ZipImport batchId={batch.id} open={open} />
      <ArchiveUpload key={batch.id} batchId={batch.id} open={open} lastImportId={lastImport} />
      <section aria-labelledby="missing" className="flex flex-col gap-2">
        <h2 id="missing" className="text-lg font-semibold">
          {t("missingTitle")}（{missing.length}）
        </h2>
        {missing.length === 0 ? (
          <p>{t("noneMissing")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {missing.map((m) => (
              <li key={m.applicationId}>
                <Link href={`/institution/candidates/${m.applicationId}`} className="text-brand-700 underline">
                  {m.name}
                </Link>
                （{projectName(m.projectName, locale)}）：{m.missingKinds.map((k) => ta(k)).join(listSeparator(locale))}
              </li>
            ))}
          </ul>
        )}
        <SubmitCompleteButton batchId={batch.id} />
      </section>
    </div>
  );
}
