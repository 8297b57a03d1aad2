"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { fail } from "@/lib/action-result";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MAX_ARCHIVE_UPLOAD_BYTES } from "@/lib/domain/request-limits";
import { formatFileSize } from "@/lib/domain/upload-rules";
import type { ArchiveStatus } from "@/lib/server/institution/archive/archive-status";
import { FailureAlert } from "./failure-alert";
import { usePolled, useTusUpload } from "./use-tus-upload";
import { ZipReport } from "./zip-report";

type ErrorKey = "signIn" | "notFound" | "tooLarge" | "rateLimited" | "badBatch" | "finished";

/** What the server's status code means for the clerk (the tus hooks' refusals, ADR 108). */
export function errorKeyOf(status: number | undefined): ErrorKey | null {
  if (status === 401 || status === 403) return "signIn";
  if (status === 404 || status === 410) return "notFound";
  if (status === 413) return "tooLarge";
  if (status === 429) return "rateLimited";
  if (status === 400) return "badBatch";
  if (status === 409) return "finished";
  return null; // the network: resume from where the server stands
}

/**
 * A resumable archive of up to MAX_ARCHIVE_UPLOAD_BYTES (ADR 108): Uppy sends it with tus in
 * ARCHIVE_CHUNK_BYTES pieces, retrying a broken piece from the offset the server reports (and,
 * after a reload, from the fingerprint tus keeps in the browser when the same file is chosen
 * again); then the page polls the background import's progress and shows its report.
 */
export function ArchiveUpload({
  batchId,
  open,
  lastImportId = null,
}: {
  batchId: string;
  open: boolean;
  /** The batch's latest archive being imported or just imported: shown again after a reload. */
  lastImportId?: string | null;
}) {
  const t = useTranslations("institutionArchive");
  const upload = useTusUpload(MAX_ARCHIVE_UPLOAD_BYTES);
  const [chosen, setChosen] = useState<{ size: number; ok: boolean } | null>(null);
  // The batch's last import until another file is chosen; then the one just sent.
  const [shown, setShown] = useState<string | null>(lastImportId);
  const importId = upload.phase.kind === "sent" ? upload.phase.id : shown;
  const status = usePolled<ArchiveStatus>(importId ? `/api/institution/archive-imports/${importId}` : null, isFinished);
  const phase = upload.phase;

  const choose = (file: File | undefined) => {
    setShown(null);
    const ok = upload.choose(file, { batchId, kind: "archive" }, "application/zip");
    setChosen(file ? { size: file.size, ok } : null);
  };

  const tooBig = chosen !== null && chosen.size > MAX_ARCHIVE_UPLOAD_BYTES;
  const importing = importId !== null && phase.kind !== "uploading" && phase.kind !== "interrupted";
  const busy = phase.kind === "uploading" || (importing && !isFinished(status));
  const limit = formatFileSize(MAX_ARCHIVE_UPLOAD_BYTES);
  const percent = phase.kind === "uploading" && phase.total > 0 ? Math.floor((phase.sent / phase.total) * 100) : 0;
  const refused = phase.kind === "interrupted" ? errorKeyOf(phase.status) : null;

  return (
    <section aria-labelledby="archive-title" className="flex flex-col gap-3 rounded border border-slate-200 p-4">
      <h2 id="archive-title" className="text-lg font-semibold">
        {t("title", { limit })}
      </h2>
      <p className="text-sm text-slate-700">{t("intro", { limit })}</p>
      <label htmlFor="archive-file" className="font-medium">
        {t("file")}
      </label>
      <input
        id="archive-file"
        type="file"
        accept=".zip,application/zip"
        disabled={!open || busy}
        onChange={(e) => choose(e.target.files?.[0])}
      />
      {tooBig ? <Alert tone="error">{t("tooBig", { size: formatFileSize(chosen.size, "up"), limit })}</Alert> : null}
      <div>
        <Button type="button" onClick={upload.start} disabled={!open || busy || !chosen?.ok || tooBig}>
          {phase.kind === "interrupted" ? t("resume") : t("start")}
        </Button>
      </div>
      {phase.kind === "uploading" ? (
        <div className="flex flex-col gap-1" role="status">
          <progress className="w-full" max={100} value={percent} aria-label={t("file")} />
          <p className="text-sm">
            {t("uploading", { percent, sent: formatFileSize(phase.sent), total: formatFileSize(phase.total) })}
          </p>
        </div>
      ) : null}
      {phase.kind === "interrupted" ? <Alert tone="error">{refused ? t(`errors.${refused}`) : t("interrupted")}</Alert> : null}
      {importing ? <ImportProgress status={status} /> : null}
    </section>
  );
}

function isFinished(status: ArchiveStatus | null): boolean {
  return status?.status === "DONE" || status?.status === "FAILED";
}

function ImportProgress({ status }: { status: ArchiveStatus | null }) {
  const t = useTranslations("institutionArchive");
  if (!status || status.status === "QUEUED" || status.status === "UPLOADING") return <p role="status">{t("queued")}</p>;
  if (status.status === "RUNNING")
    return (
      <div className="flex flex-col gap-1" role="status">
        <progress className="w-full" max={Math.max(1, status.entriesTotal)} value={status.entriesDone} />
        <p className="text-sm">{t("running", { done: status.entriesDone, total: status.entriesTotal })}</p>
      </div>
    );
  if (status.status === "FAILED")
    return (
      <div className="flex flex-col gap-1">
        <p>{t("failed")}</p>
        <FailureAlert failed={failureOf(fail(status.errorKey ?? "errors.generic"))} />
      </div>
    );
  return (
    <div className="flex flex-col gap-2">
      <p role="status">{t("done")}</p>
      {status.report ? <ZipReport report={status.report} /> : null}
    </div>
  );
}
