"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { previewRosterAction } from "@/app/[locale]/institution/roster/actions";
import { failureOf } from "@/components/account/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { errorKeyOf } from "@/components/institution/archive-upload";
import { BatchFileForm } from "@/components/institution/batch-file-form";
import { FailureAlert } from "@/components/institution/failure-alert";
import { RosterPreview } from "@/components/institution/roster-preview";
import { usePolled, useTusUpload } from "@/components/institution/use-tus-upload";
import { Alert } from "@/components/ui/alert";
import { RosterStored, RosterSubmit, useRosterSubmitForm } from "@/app/[locale]/institution/roster/_components/roster-submit";
import { ROSTER_LIMITS } from "@/lib/domain/roster/zip-limits";
import { formatFileSize } from "@/lib/domain/upload-rules";
import { rosterUploadSchema } from "@/lib/schemas/institution-roster-schema";
import type { RosterImportStatus } from "@/lib/server/institution/roster/roster-import-status";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const MAX = ROSTER_LIMITS.maxFileBytes;
const checked = (s: RosterImportStatus) => s.result !== null;

/**
 * 四(一)2: choose the filled roster, see every problem row, then submit the valid ones. Once the
 * page runs, the file goes up with tus in resumable pieces and is checked in the background
 * (ADR 117), then the same preview shows; before that (or without JavaScript) the form posts it
 * in one request to the same check.
 */
export function RosterUpload({ batchId, open }: { batchId: string; open: boolean }) {
  const t = useTranslations("institution.roster");
  const tr = useTranslations("resumableUpload.roster");
  const ta = useTranslations("institutionArchive.errors");
  const form = useActionForm({ action: previewRosterAction, schema: rosterUploadSchema });
  const { state, pending } = form;
  const submitForm = useRosterSubmitForm();
  // The submit's answers the clerk has since left (another file chosen or checked) are not shown again.
  const [left, setLeft] = useState<typeof submitForm.state>(null);
  const submitted = submitForm.state !== left ? submitForm.state : null;
  const leave = () => {
    setLeft(submitForm.state);
    submitForm.rhf.clearErrors();
    submitForm.rhf.setValue("pledge", false);
  };
  const upload = useTusUpload(MAX);
  const [tooBig, setTooBig] = useState<number | null>(null);
  const phase = upload.phase;
  const sentId = phase.kind === "sent" ? phase.id : null;
  const polled = usePolled<RosterImportStatus>(sentId ? `/api/institution/roster-imports/${sentId}` : null, checked);
  // Once a file went up through tus, its answer is the one shown (the form's is from before the page ran).
  const result = phase.kind === "idle" ? state : (polled?.result ?? null);
  // After a post of the submit form without JavaScript the page has only the submit's answer: a
  // refusal brings the preview back, rebuilt from the upload it names (ADR 148).
  const preview = result ? (result.ok ? result.data : null) : submitted && !submitted.ok ? (submitted.shown ?? null) : null;
  const about = submitted ? (submitted.ok ? submitted.data.uploadId : submitted.values.uploadId) : null;
  const answer = submitted && (preview ? about === preview.uploadId : result === null) ? submitted : null;
  const checking = pending || phase.kind === "uploading" || (phase.kind === "sent" && !polled?.result);
  const percent = phase.kind === "uploading" && phase.total > 0 ? Math.floor((phase.sent / phase.total) * 100) : 0;
  const refused = phase.kind === "interrupted" ? errorKeyOf(phase.status) : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    leave();
    if (!upload.ready()) return; // the uploader is not there yet: the form posts the file to the action
    event.preventDefault();
    const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    setTooBig(file && file.size > MAX ? file.size : null);
    if (!file || file.size > MAX) return;
    // After an interruption the same file goes on from where the server stands; otherwise it starts afresh.
    if (phase.kind !== "interrupted")
      upload.choose(file, { batchId, kind: "roster" }, file.name.endsWith(".csv") ? "text/csv" : XLSX);
    upload.start();
  };

  return (
    <div className="flex flex-col gap-4">
      <BatchFileForm
        form={form}
        onSubmit={submit}
        batchId={batchId}
        inputId="roster-file"
        label={t("file")}
        accept={`.xlsx,.csv,${XLSX},text/csv`}
        hint={t("fileHint")}
        onFileChange={() => {
          // Another file: whatever was sent or shown before is not its answer.
          setTooBig(null);
          leave();
          upload.choose(undefined, { batchId, kind: "roster" }, XLSX);
        }}
        disabled={checking || !open}
        submitLabel={checking ? t("checking") : t("check")}
      >
        <p className="text-sm text-slate-600">{tr("limit", { limit: formatFileSize(MAX) })}</p>
        {tooBig !== null ? (
          <Alert tone="error">{tr("tooBig", { size: formatFileSize(tooBig, "up"), limit: formatFileSize(MAX) })}</Alert>
        ) : null}
      </BatchFileForm>
      {phase.kind === "uploading" ? (
        <div className="flex flex-col gap-1" role="status">
          <progress className="w-full" max={100} value={percent} aria-label={t("file")} />
          <p className="text-sm">{tr("uploading", { percent })}</p>
        </div>
      ) : null}
      {phase.kind === "sent" && !polled?.result ? <p role="status">{tr("checking")}</p> : null}
      {phase.kind === "interrupted" ? (
        <Alert tone="error">{phase.status === 413 ? tr("tooLarge") : refused ? ta(refused) : tr("interrupted")}</Alert>
      ) : null}
      <FailureAlert failed={failureOf(result)} also={form.fields.errorOf("batchId")} />
      {preview ? <RosterPreview preview={preview} /> : null}
      {answer?.ok ? (
        <RosterStored result={answer.data} />
      ) : preview ? (
        <RosterSubmit
          key={preview.uploadId}
          form={submitForm}
          failed={failureOf(answer)}
          uploadId={preview.uploadId}
          valid={preview.valid}
          invalid={preview.invalid}
        />
      ) : (
        // Refused, and the upload it names leads to no preview (someone else's, already submitted).
        <FailureAlert failed={failureOf(answer)} />
      )}
    </div>
  );
}
