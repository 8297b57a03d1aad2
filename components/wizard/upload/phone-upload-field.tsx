"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ActionResult } from "@/lib/action-result";
import { browserPlan, withinRule, type Area } from "@/lib/domain/photo-fit";
import { UPLOAD_ACCEPT, formatFileSize } from "@/lib/domain/upload-rules";
import type { AttachOutcome } from "@/lib/server/applications/attach-file";
import type { DetachOutcome } from "@/lib/server/applications/detach-file";
import { Alert } from "@/components/ui/alert";
import { useFailureText } from "@/components/ui/failure-text";
import { Button } from "@/components/ui/button";
import { centeredPhotoArea, fitInBrowser, type Fitted } from "./browser-fit";
import { fileInfo, putFile } from "./put-file";
import { useReportBusy, useStepForm, type FieldBusy } from "./upload-guard";

const PhotoCropper = dynamic(() => import("./photo-cropper"), { ssr: false });

/** Unbound, the application's id in the form (a bound action loops without JavaScript, vercel/next.js#57867). */
export type UploadFormAction = (
  previous: ActionResult<AttachOutcome> | null,
  formData: FormData,
) => Promise<ActionResult<AttachOutcome>>;
export type DeleteAction = (
  previous: ActionResult<DetachOutcome> | null,
  formData: FormData,
) => Promise<ActionResult<DetachOutcome>>;
/** The bound form of the upload action (the institution's page). */
export type UploadAction = (
  applicationId: string,
  previous: ActionResult<AttachOutcome> | null,
  formData: FormData,
) => Promise<ActionResult<AttachOutcome>>;

export interface StoredInfo {
  size: number;
  mime: string;
  /** Pages of a PDF when known (from the upload's answer, else asked once the page runs). */
  pages: number | null;
}

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

type Phase =
  | { name: "idle" }
  | {
      name: "preparing";
      original: File;
      originalUrl: string;
      crop: boolean;
      fitting: boolean;
      fitted: (Fitted & { url: string }) | null;
      fitFailed: boolean;
    }
  | { name: "uploading"; progress: number }
  | { name: "failed"; message: string; retry: { blob: Blob; name: string; accepted: boolean } };

interface ServerAdjusted {
  beforeSize: number;
  afterSize: number;
  mime: string;
  base64: string;
}

const noSubscription = () => () => undefined;

function sameArea(a: Area | null, b: Area): boolean {
  return (
    a !== null &&
    Math.abs(a.x - b.x) < 2 &&
    Math.abs(a.y - b.y) < 2 &&
    Math.abs(a.width - b.width) < 2 &&
    Math.abs(a.height - b.height) < 2
  );
}

function base64ToBlob(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/**
 * One attachment on a phone (issue 16 item 4, ADR 092). Once the page runs: the file uploads as
 * soon as it is chosen, with a progress bar; a photo is cropped to 25 × 35 and every image out of
 * range is fitted in the browser, shown beside the original with "use this / use the original";
 * the stored file is previewed (thumbnail, or the PDF's page count) and can be replaced or
 * deleted. Before the page runs (or without JavaScript), the same field is a plain form posting
 * the upload and delete server actions, with the server's auto-fit to accept.
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
  const [actionState, formAction, actionPending] = useActionState(uploadAction, null);
  // Without JavaScript the file input and 上传 belong to the step's one form, so 保存并继续 posts the chosen file too (issue 16).
  const stepForm = useStepForm();
  const step = hydrated ? null : stepForm;
  const [deleteState, deleteFormAction, deletePending] = useActionState(deleteAction, null);
  const [override, setOverride] = useState<{ stored: StoredInfo | null; version: number } | null>(null);
  const [phase, setPhase] = useState<Phase>({ name: "idle" });
  const [serverAdjusted, setServerAdjusted] = useState<ServerAdjusted | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pages, setPages] = useState<number | null>(storedProp?.pages ?? null);
  const [section, setSection] = useState<HTMLElement | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const fitToken = useRef(0);
  const lastArea = useRef<Area | null>(null);
  const cropTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const urls = useRef<string[]>([]);

  const stored = override ? override.stored : storedProp;
  const version = override?.version ?? 0;
  const busy: FieldBusy =
    phase.name === "uploading"
      ? "uploading"
      : phase.name === "preparing" || serverAdjusted
        ? "choosing"
        : phase.name === "failed"
          ? "failed"
          : null;
  useReportBusy(kind, label, busy, section);

  useEffect(() => {
    const list = urls.current;
    return () => list.forEach((u) => URL.revokeObjectURL(u));
  }, []);

  // A PDF stored before this page: ask its page count once (the upload's answer carries it otherwise).
  const needsPages = hydrated && stored?.mime === "application/pdf" && stored.pages === null && pages === null;
  useEffect(() => {
    if (!needsPages) return;
    let live = true;
    void fileInfo(applicationId, kind).then((info) => {
      if (live && info) setPages(info.pages);
    });
    return () => {
      live = false;
    };
  }, [needsPages, applicationId, kind]);

  function objectUrl(blob: Blob): string {
    const url = URL.createObjectURL(blob);
    urls.current.push(url);
    return url;
  }

  function resetInput() {
    if (inputRef.current) inputRef.current.value = "";
  }

  async function upload(blob: Blob, name: string, accepted: boolean) {
    setRefusal(null);
    setServerAdjusted(null);
    setPhase({ name: "uploading", progress: 0 });
    const result = await putFile(applicationId, kind, blob, name, {
      accepted,
      onProgress: (progress) => setPhase({ name: "uploading", progress }),
    });
    if (!result.ok) {
      setPhase({ name: "failed", message: say(result.formError ?? "errors.generic"), retry: { blob, name, accepted } });
      return;
    }
    const outcome = result.data;
    setPhase({ name: "idle" });
    resetInput();
    if (outcome.status === "stored") {
      setOverride({ stored: { size: outcome.size, mime: outcome.mime, pages: outcome.pages }, version: version + 1 });
      setPages(outcome.pages);
    } else if (outcome.status === "adjusted") {
      setServerAdjusted(outcome);
    } else {
      setRefusal(say(outcome.failure));
    }
  }

  async function fit(original: File, area: Area | null) {
    const token = ++fitToken.current;
    setPhase((p) => (p.name === "preparing" ? { ...p, fitting: true } : p));
    try {
      const fitted = await fitInBrowser(original, area);
      if (token !== fitToken.current) return;
      const url = objectUrl(fitted.file);
      setPhase((p) => (p.name === "preparing" ? { ...p, fitting: false, fitFailed: false, fitted: { ...fitted, url } } : p));
    } catch {
      if (token !== fitToken.current) return;
      setPhase((p) => (p.name === "preparing" ? { ...p, fitting: false, fitFailed: true, fitted: null } : p));
    }
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    setRefusal(null);
    setServerAdjusted(null);
    fitToken.current++;
    const plan = browserPlan(kind, file.type, file.size);
    if (plan === "upload") {
      await upload(file, file.name, false);
      return;
    }
    const crop = plan === "crop";
    setPhase({
      name: "preparing",
      original: file,
      originalUrl: objectUrl(file),
      crop,
      fitting: true,
      fitted: null,
      fitFailed: false,
    });
    let area: Area | null = null;
    if (crop) {
      try {
        area = await centeredPhotoArea(file);
      } catch {
        // Undecodable here: the server says what is wrong with it.
        setPhase({ name: "idle" });
        await upload(file, file.name, false);
        return;
      }
    }
    lastArea.current = area;
    await fit(file, area);
  }

  function onCrop(area: Area) {
    if (phase.name !== "preparing" || sameArea(lastArea.current, area)) return;
    lastArea.current = area;
    const original = phase.original;
    if (cropTimer.current) clearTimeout(cropTimer.current);
    cropTimer.current = setTimeout(() => void fit(original, area), 350);
  }

  async function remove() {
    setRefusal(null);
    const response = await fetch(
      `/api/applications/${encodeURIComponent(applicationId)}/attachments/${encodeURIComponent(kind)}`,
      { method: "DELETE" },
    ).catch(() => null);
    const result = response ? ((await response.json().catch(() => null)) as ActionResult<DetachOutcome> | null) : null;
    if (result?.ok) {
      setOverride({ stored: null, version: version + 1 });
      setPages(null);
    } else {
      setRefusal(say(result && !result.ok && result.formError ? result.formError : "phoneUpload.networkError"));
    }
  }

  const inputId = `file-${kind}`;
  const actionOutcome = !hydrated && actionState?.ok ? actionState.data : (step?.outcomes[kind] ?? null);
  const actionFailure = actionState && !actionState.ok ? actionState.formError : null;
  const deleteFailure = deleteState && !deleteState.ok ? deleteState.formError : null;
  const previewUrl = `/api/applications/${encodeURIComponent(applicationId)}/attachments/${encodeURIComponent(kind)}?v=${version}-${stored?.size ?? 0}`;

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

      {stored ? (
        <div className="mt-2 flex items-start gap-3" data-testid={`stored-${kind}`}>
          {stored.mime.startsWith("image/") ? (
            // eslint-disable-next-line @next/next/no-img-element -- the applicant's own file from the portal, not an optimisable asset
            <img
              src={previewUrl}
              alt={t("storedAlt", { label })}
              className="h-28 w-auto max-w-[40%] rounded border bg-slate-50 object-contain"
            />
          ) : null}
          <div className="flex flex-col gap-1 text-sm">
            <p role="status">{tw("uploaded", { size: Math.round(stored.size / 1024) })}</p>
            {stored.mime === "application/pdf" ? <p>{pages ? t("pdfPages", { pages }) : t("pdf")}</p> : null}
            <a href={previewUrl} className="text-brand-700 underline underline-offset-4">
              {t("open")}
            </a>
          </div>
        </div>
      ) : (
        <p className="mt-1 text-sm" role="status">
          {tw("notUploaded")}
        </p>
      )}

      {phase.name === "preparing" ? (
        <div className="mt-3 flex flex-col gap-3" data-testid={`fit-${kind}`}>
          {phase.crop ? <PhotoCropper imageUrl={phase.originalUrl} onCrop={onCrop} /> : null}
          <div className="grid grid-cols-2 gap-2">
            <figure className="flex flex-col gap-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local preview of the chosen file */}
              <img src={phase.originalUrl} alt={t("originalAlt")} className="h-36 w-full rounded border object-contain" />
              <figcaption className="text-xs text-slate-700">
                {t("original", { size: formatFileSize(phase.original.size) })}
              </figcaption>
            </figure>
            <figure className="flex flex-col gap-1">
              {phase.fitted ? (
                // eslint-disable-next-line @next/next/no-img-element -- the fitted image made in this browser
                <img src={phase.fitted.url} alt={t("fittedAlt")} className="h-36 w-full rounded border object-contain" />
              ) : (
                <div className="flex h-36 items-center justify-center rounded border text-xs text-slate-600">
                  {phase.fitFailed ? t("fitFailed") : t("fitting")}
                </div>
              )}
              <figcaption className="text-xs text-slate-700" aria-live="polite">
                {phase.fitted
                  ? t("fitted", {
                      size: formatFileSize(phase.fitted.file.size),
                      width: phase.fitted.width,
                      height: phase.fitted.height,
                    })
                  : null}
              </figcaption>
            </figure>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              disabled={!phase.fitted || phase.fitting}
              onClick={() =>
                phase.fitted &&
                // Out of range still (a picture too plain to weigh 200 KB): the server fits it and asks.
                void upload(phase.fitted.file, phase.fitted.file.name, withinRule(phase.fitted.file.size))
              }
            >
              {t("useFitted")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => void upload(phase.original, phase.original.name, false)}>
              {t("useOriginal")}
            </Button>
            <Button
              type="button"
              variant="link"
              onClick={() => {
                fitToken.current++;
                setPhase({ name: "idle" });
                resetInput();
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </div>
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
          pending={actionPending}
          formAction={formAction}
          onAccept={(a) => void upload(base64ToBlob(a.base64, a.mime), `${kind.toLowerCase()}.jpg`, true)}
          onDiscard={() => setServerAdjusted(null)}
        />
      ) : null}

      {phase.name === "idle" || phase.name === "failed" ? (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <form action={formAction} className="flex flex-wrap items-center gap-2">
            <input type="hidden" name="applicationId" value={applicationId} />
            <input type="hidden" name="kind" value={kind} />
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
                disabled={actionPending || step?.pending}
                form={step?.formId}
                name={step ? "upload" : undefined}
                value={step ? kind : undefined}
              >
                {stored ? tw("replace") : tw("upload")}
              </Button>
            )}
          </form>
          {stored ? (
            <form action={hydrated ? undefined : deleteFormAction}>
              <input type="hidden" name="applicationId" value={applicationId} />
              <input type="hidden" name="kind" value={kind} />
              <Button
                type={hydrated ? "button" : "submit"}
                variant="link"
                disabled={deletePending}
                onClick={hydrated ? () => void remove() : undefined}
              >
                {t("delete", { label })}
              </Button>
            </form>
          ) : null}
        </div>
      ) : null}

      {refusal ? (
        <Alert tone="error" className="mt-2">
          {refusal}
        </Alert>
      ) : null}
      {!hydrated && actionOutcome?.status === "refused" ? (
        <Alert tone="error" className="mt-2">
          {say(actionOutcome.failure)}
        </Alert>
      ) : null}
      {actionFailure ? (
        <Alert tone="error" className="mt-2">
          {say(actionFailure)}
        </Alert>
      ) : null}
      {deleteFailure ? (
        <Alert tone="error" className="mt-2">
          {say(deleteFailure)}
        </Alert>
      ) : null}
    </section>
  );
}

function ServerFitted({
  applicationId,
  adjusted,
  kind,
  label,
  hydrated,
  pending,
  formAction,
  onAccept,
  onDiscard,
}: {
  applicationId: string;
  adjusted: ServerAdjusted;
  kind: string;
  label: string;
  hydrated: boolean;
  pending: boolean;
  formAction: (formData: FormData) => void;
  onAccept: (adjusted: ServerAdjusted) => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("phoneUpload");
  const tw = useTranslations("wizard");
  const body = (
    <>
      <p className="text-sm text-amber-900">
        {tw("fitted", { before: Math.round(adjusted.beforeSize / 1024), after: Math.round(adjusted.afterSize / 1024) })}
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data URL preview, not an optimisable asset */}
      <img
        src={`data:${adjusted.mime};base64,${adjusted.base64}`}
        alt={t("serverFittedAlt", { label })}
        className="max-h-64 w-auto self-start rounded border"
      />
    </>
  );
  if (hydrated) {
    return (
      <div className="mt-2 flex flex-col gap-2">
        {body}
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={() => onAccept(adjusted)}>
            {tw("acceptFitted")}
          </Button>
          <Button type="button" variant="secondary" onClick={onDiscard}>
            {t("chooseAgain")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form action={formAction} className="mt-2 flex flex-col gap-2">
      {body}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="fitted" value={adjusted.base64} />
      <input type="hidden" name="fittedName" value={`${kind.toLowerCase()}.jpg`} />
      <Button type="submit" disabled={pending}>
        {tw("acceptFitted")}
      </Button>
    </form>
  );
}
