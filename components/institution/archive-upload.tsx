"use client";

import Uppy from "@uppy/core";
import Tus from "@uppy/tus";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { fail } from "@/lib/action-result";
import { failureOf } from "@/components/account/text-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ARCHIVE_CHUNK_BYTES, MAX_ARCHIVE_UPLOAD_BYTES } from "@/lib/domain/request-limits";
import { formatFileSize } from "@/lib/domain/upload-rules";
import type { ArchiveStatus } from "@/lib/server/institution/archive/archive-status";
import { FailureAlert } from "./failure-alert";
import { ZipReport } from "./zip-report";

type Meta = { batchId: string };
type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; sent: number; total: number }
  | { kind: "interrupted"; message: ErrorKey | null }
  | { kind: "importing"; status: ArchiveStatus | null };

type ErrorKey = "signIn" | "notFound" | "tooLarge" | "rateLimited" | "badBatch" | "finished";

/** What the server's status code means for the clerk (the tus hooks' refusals, ADR 108). */
function errorKeyOf(status: number | undefined): ErrorKey | null {
  if (status === 401 || status === 403) return "signIn";
  if (status === 404 || status === 410) return "notFound";
  if (status === 413) return "tooLarge";
  if (status === 429) return "rateLimited";
  if (status === 400) return "badBatch";
  if (status === 409) return "finished";
  return null; // the network: resume from where the server stands
}

const UPLOADS = "/api/institution/uploads";
const POLL_MS = 1500;

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
  const uppyRef = useRef<Uppy<Meta, Record<string, never>> | null>(null);
  const [phase, setPhase] = useState<Phase>(lastImportId ? { kind: "importing", status: null } : { kind: "idle" });
  const [chosen, setChosen] = useState<{ id: string; size: number } | null>(null);
  const [importId, setImportId] = useState<string | null>(lastImportId);

  useEffect(() => {
    const uppy = new Uppy<Meta, Record<string, never>>({
      autoProceed: false,
      restrictions: { maxNumberOfFiles: 1, maxFileSize: MAX_ARCHIVE_UPLOAD_BYTES },
    }).use(Tus, {
      endpoint: UPLOADS,
      chunkSize: ARCHIVE_CHUNK_BYTES,
      retryDelays: [0, 1000, 3000, 5000],
      allowedMetaFields: ["batchId"],
      removeFingerprintOnSuccess: true,
    });
    uppy.on("upload-progress", (_file, progress) => {
      setPhase({ kind: "uploading", sent: progress.bytesUploaded, total: Number(progress.bytesTotal ?? 0) });
    });
    uppy.on("upload-error", (_file, error) => {
      const response = (error as { originalResponse?: { getStatus(): number } | null }).originalResponse;
      setPhase({ kind: "interrupted", message: errorKeyOf(response?.getStatus()) });
    });
    uppy.on("upload-success", (_file, response) => {
      const id = response.uploadURL?.split("/").pop() ?? null;
      setImportId(id);
      setPhase({ kind: "importing", status: null });
    });
    uppyRef.current = uppy;
    return () => {
      uppy.destroy();
      uppyRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (!importId) return;
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/api/institution/archive-imports/${importId}`, { cache: "no-store" });
        if (response.ok) {
          const status = (await response.json()) as ArchiveStatus;
          if (!stopped) setPhase({ kind: "importing", status });
          if (status.status === "DONE" || status.status === "FAILED") return;
        }
      } catch {
        // The next poll tries again.
      }
      if (!stopped) setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [importId]);

  const choose = (file: File | undefined) => {
    const uppy = uppyRef.current;
    if (!uppy) return;
    uppy.clear();
    setImportId(null);
    setPhase({ kind: "idle" });
    if (!file) return setChosen(null);
    if (file.size > MAX_ARCHIVE_UPLOAD_BYTES) return setChosen({ id: "", size: file.size });
    const id = uppy.addFile({ name: file.name, type: file.type || "application/zip", data: file, meta: { batchId } });
    setChosen({ id, size: file.size });
  };

  const start = () => {
    const uppy = uppyRef.current;
    if (!uppy || !chosen?.id) return;
    if (phase.kind === "interrupted") void uppy.retryUpload(chosen.id);
    else void uppy.upload();
  };

  const tooBig = chosen !== null && chosen.size > MAX_ARCHIVE_UPLOAD_BYTES;
  const busy = phase.kind === "uploading" || (phase.kind === "importing" && !isFinished(phase.status));
  const limit = formatFileSize(MAX_ARCHIVE_UPLOAD_BYTES);
  const percent = phase.kind === "uploading" && phase.total > 0 ? Math.floor((phase.sent / phase.total) * 100) : 0;

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
        <Button type="button" onClick={start} disabled={!open || busy || !chosen?.id || tooBig}>
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
      {phase.kind === "interrupted" ? (
        <Alert tone="error">{phase.message ? t(`errors.${phase.message}`) : t("interrupted")}</Alert>
      ) : null}
      {phase.kind === "importing" ? <ImportProgress status={phase.status} /> : null}
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
