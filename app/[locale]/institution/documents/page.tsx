import { getTranslations } from "next-intl/server";
import { BatchPicker } from "@/components/institution/batch-picker";
import { DocumentUpload } from "@/app/[locale]/institution/documents/_components/document-upload";
import { DownloadButton } from "@/components/institution/download-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatFileSize } from "@/lib/domain/upload-rules";
import { listBatchDocuments } from "@/lib/server/institution/documents/institution-documents";
import { openBatchPage, type BatchPageProps } from "../batch-page";

export const dynamic = "force-dynamic";

/** 四(一)2 "双承诺制": the stamped commitment letter and roster, scanned here, originals on paper to the center. */
export default async function DocumentsPage(props: BatchPageProps) {
  const { actor, today, options, batch } = await openBatchPage(props, "/institution/documents", "registration");
  const t = await getTranslations("institution.documents");
  const tp = await getTranslations("paperwork.institution");
  const tf = await getTranslations("institutionDocs");
  if (!batch) return <p role="status">{t("noBatch")}</p>;
  const docs = await listBatchDocuments(actor, batch.id, today);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro", { due: docs.paperDue })}</p>
      <BatchPicker options={options} selected={batch} phase="registration" />
      <Card aria-labelledby="forms-title">
        <h2 id="forms-title" className="text-lg font-semibold">
          {tf("title")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{tf("intro")}</p>
        <ul className="mt-2 flex flex-col gap-1 text-sm">
          {(["quality-pledge", "application-form", "honesty-pledge"] as const).map((form) => (
            <li key={form}>
              <a href={`/forms/${form}.pdf`} download className="text-brand-700 underline underline-offset-4">
                {tf(`forms.${form}`)}
              </a>
            </li>
          ))}
        </ul>
        <div className="mt-3 flex flex-col gap-1">
          <p className="text-sm">{tf("rosterIntro")}</p>
          <DownloadButton
            href={`/downloads/institution/roster-pdf/${batch.id}`}
            label={tf("roster")}
            fileName={tf("rosterFile")}
          />
        </div>
      </Card>
      {docs.documents.map((d) => (
        <Card key={d.kind} aria-labelledby={`doc-${d.kind}-title`}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h2 id={`doc-${d.kind}-title`} className="text-lg font-semibold">
              {t(`kinds.${d.kind}`)}
            </h2>
            {d.paper ? (
              <Badge tone="success">{tp("received", { day: d.paper.receivedOn })}</Badge>
            ) : (
              <Badge tone="warning">{tp("pending", { due: docs.paperDue })}</Badge>
            )}
          </div>
          {d.paper?.notes ? <p className="mt-1 text-sm">{tp("notes", { notes: d.paper.notes })}</p> : null}
          <p className="mt-1 text-sm">
            {d.uploaded ? t("scan", { name: d.uploaded.name, size: formatFileSize(d.uploaded.size) }) : t("noScan")}
          </p>
          {docs.uploadOpen ? (
            <DocumentUpload batchId={batch.id} kind={d.kind} label={t(`kinds.${d.kind}`)} uploaded={d.uploaded !== null} />
          ) : (
            <p className="mt-1 text-sm text-slate-600">{t("closed")}</p>
          )}
        </Card>
      ))}
    </div>
  );
}
