"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { withinRule } from "@/lib/domain/photo-fit";
import { UPLOAD_ACCEPT } from "@/lib/domain/upload-rules";
import { attachmentFormSchema } from "@/lib/schemas/upload-field-schema";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { useFailureText } from "@/components/ui/failure-text";
import { Button } from "@/components/ui/button";
import { FitChoice } from "./fit-choice";
import { ServerFitted, base64ToBlob } from "./server-fitted";
import { StoredPreview } from "./stored-preview";
import type { DeleteAction, ServerAdjusted, StoredInfo, UploadFormAction } from "./upload-actions";
import { useReportBusy, useStepForm, type FieldBusy } from "./upload-guard";
import { usePhoneUpload } from "./use-phone-upload";

export type { DeleteAction, StoredInfo, UploadFormAction } from "./upload-actions";

interface Props {
  applicationId: string;
  kind: string;
  label: string;
  hint?: string;
  stored: StoredInfo | null;
  returnReason?: string;
  /** The plain form posts (no JavaScript): app/[locale]/me/applications/[id]/actions.ts, passed in by the page. */
  uploadAction: UploadFormAction;
  deleteAction: DeleteAction;
}

const noSubscription = () => () => undefined;

/**
 * One attachment on a phone (issue 16 item 4, ADR 092). Once the page runs: the file uploads as
 * soon as it is chosen, with a progress bar; a photo is cropped to 25 × 35 and every image out of
 * range is fitted in the browser, shown beside the original with "use this / use the original";
 * the stored file is previewed (thumbnail, or the PDF's page count) and can be replaced or
 * deleted. Before the page runs (or without JavaScript), the same field is plain forms on
 * `useActionForm` (ADR 145) posting the upload and delete server actions, with the server's
 * auto-fit to accept.
 */
export function PhoneUploadField({
  applicationId,
  kind,
  label,
  hint,
  stored: storedProp,
  returnReason,
  uploadAction,
  deleteAction,
}: Props) {
  const t = useTranslations("phoneUpload");
  const tw = useTranslations("wizard");
  const say = useFailureText();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const uploadForm = useActionForm({ action: uploadAction, schema: attachmentFormSchema });
  const deleteForm = useActionForm({ action: deleteAction, schema: attachmentFormSchema });
  // Without JavaScript the file input and 上传 belong to the step's one form, so 保存并继续 posts the chosen file too (issue 16).
  const stepForm = useStepForm();
  const step = hydrated ? null : stepForm;
  const [section, setSection] = useState<HTMLElement | null>(null);
  const { view, inputRef, actions } = usePhoneUpload({ applicationId, kind, stored: storedProp, hydrated });
  const { stored, version, pages, phase, serverAdjusted, refusal } = view;
  const { upload, choose, onCrop, cancel, remove, discardServerFit } = actions;

  const busy: FieldBusy =
    phase.name === "uploading"
      ? "uploading"
      : phase.name === "preparing" || serverAdjusted
        ? "choosing"
        : phase.name === "failed"
          ? "failed"
          : null;
  useReportBusy(kind, label, busy, section);

  const actionState = uploadForm.state;
  const inputId = `file-${kind}`;
  const actionOutcome = !hydrated && actionState?.ok ? actionState.data : (step?.outcomes[kind] ?? null);
  const previewUrl = `/api/applications/${encodeURIComponent(applicationId)}/attachments/${encodeURIComponent(kind)}?v=${version}-${stored?.size ?? 0}`;
  const ids = (form: { fields: typeof uploadForm.fields }) => (
    <>
      <input type="hidden" {...form.fields.register("applicationId")} value={applicationId} />
      <input type="hidden" {...form.fields.register("kind")} value={kind} />
    </>
  );

  return (
    <section
      ref={setSection}
      aria-labelledby={`${inputId}-label`}
      className="rounded-md border border-slate-300 p-3"
      data-upload-kind={kind}
    >
      <h3 id={`${inputId}-label`} className="font-medium">
        {label}
      </h3>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {returnReason ? <p className="mt-1 text-sm font-medium text-red-700">{returnReason}</p> : null}

      <StoredPreview kind={kind} label={label} stored={stored} pages={pages} previewUrl={previewUrl} />

      {phase.name === "preparing" ? (
        <FitChoice
          kind={kind}
          preparing={phase}
          onCrop={onCrop}
          // Out of range still (a picture too plain to weigh 200 KB): the server fits it and asks.
          onUseFitted={(fitted) => void upload(fitted.file, fitted.file.name, withinRule(fitted.file.size))}
          onUseOriginal={() => void upload(phase.original, phase.original.name, false)}
          onCancel={cancel}
        />
      ) : null}

      {phase.name === "uploading" ? (
        <div className="mt-3 flex flex-col gap-1">
          <label htmlFor={`${inputId}-progress`} className="text-sm">
            {t("uploading", { percent: Math.round(phase.progress * 100) })}
          </label>
          <progress id={`${inputId}-progress`} max={1} value={phase.progress} className="h-3 w-full" />
        </div>
      ) : null}

      {phase.name === "failed" ? (
        <Alert tone="error" className="mt-2">
          <p>{phase.message}</p>
          <Button
            type="button"
            variant="secondary"
            className="mt-2"
            onClick={() => void upload(phase.retry.blob, phase.retry.name, phase.retry.accepted)}
          >
            {t("retry")}
          </Button>
        </Alert>
      ) : null}

      {/* The server's auto-fit (an image the browser did not fit): the candidate accepts it or chooses again. */}
      {serverAdjusted || actionOutcome?.status === "adjusted" ? (
        <ServerFitted
          applicationId={applicationId}
          adjusted={serverAdjusted ?? (actionOutcome as ServerAdjusted)}
          kind={kind}
          label={label}
          hydrated={hydrated}
          pending={uploadForm.pending}
          formProps={uploadForm.formProps}
          onAccept={(a) => void upload(base64ToBlob(a.base64, a.mime), `${kind.toLowerCase()}.jpg`, true)}
          onDiscard={discardServerFit}
        />
      ) : null}

      {phase.name === "idle" || phase.name === "failed" ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <form {...uploadForm.formProps} className="flex flex-wrap items-center gap-2">
            {ids(uploadForm)}
            <label htmlFor={inputId} className="sr-only">
              {label}
            </label>
            <input
              ref={inputRef}
              id={inputId}
              type="file"
              name={step ? `file-${kind}` : "file"}
              form={step?.formId}
              accept={UPLOAD_ACCEPT}
              // In the step's form a field may stay empty (保存并继续 with what is stored already).
              required={!step}
              className={hydrated ? "sr-only" : "max-w-full text-sm"}
              onChange={hydrated ? (e) => void choose(e.target.files?.[0]) : undefined}
            />
            {hydrated ? (
              <Button type="button" variant={stored ? "secondary" : "primary"} onClick={() => inputRef.current?.click()}>
                {stored ? t("replace") : t("choose")}
              </Button>
            ) : (
              <Button
                type="submit"
                variant="secondary"
                disabled={uploadForm.pending || step?.pending}
                form={step?.formId}
                name={step ? "upload" : undefined}
                value={step ? kind : undefined}
              >
                {stored ? tw("replace") : tw("upload")}
              </Button>
            )}
          </form>
          {stored ? (
            <form {...(hydrated ? {} : deleteForm.formProps)}>
              {ids(deleteForm)}
              <Button
                type={hydrated ? "button" : "submit"}
                variant="link"
                disabled={deleteForm.pending}
                onClick={hydrated ? () => void remove() : undefined}
              >
                {t("delete", { label })}
              </Button>
            </form>
          ) : null}
        </div>
      ) : null}

      {[
        refusal,
        !hydrated && actionOutcome?.status === "refused" ? say(actionOutcome.failure) : null,
        uploadForm.formError ? say(uploadForm.formError) : null,
        deleteForm.formError ? say(deleteForm.formError) : null,
      ].map((message, i) =>
        message ? (
          <Alert key={i} tone="error" className="mt-2">
            {message}
          </Alert>
        ) : null,
      )}
    </section>
  );
}
