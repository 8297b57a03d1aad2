"use client";

import { useTranslations } from "next-intl";
import { FormError } from "@/components/ui/failure-text";
import { Button } from "@/components/ui/button";
import { UPLOAD_ACCEPT } from "@/lib/domain/upload-rules";
import { attachmentFormSchema } from "@/lib/schemas/upload-field-schema";
import { useActionForm } from "@/components/forms/use-action-form";
import type { UploadFormAction } from "./upload/upload-actions";

interface Props {
  applicationId: string;
  kind: string;
  label: string;
  hint?: string;
  uploadedSize: number | null;
  returnReason?: string;
  /** The upload server action, unbound (ADR 133: the ids in hidden inputs), passed in by the page. */
  uploadAction: UploadFormAction;
}

/**
 * One attachment (the institution's page): choose, upload, and accept an auto-fitted image before
 * it is stored. Plain forms on useActionForm (ADR 145), so they post without JavaScript.
 */
export function UploadField({ applicationId, kind, label, hint, uploadedSize, returnReason, uploadAction }: Props) {
  const t = useTranslations("wizard");
  const { state, pending, fields, formProps } = useActionForm({ action: uploadAction, schema: attachmentFormSchema });
  const outcome = state?.ok ? state.data : null;
  const size = outcome?.status === "stored" ? outcome.size : uploadedSize;
  const inputId = `file-${kind}`;
  return (
    <section aria-labelledby={`${inputId}-label`} className="rounded-md border border-slate-300 p-3">
      <h3 id={`${inputId}-label`} className="font-medium">
        {label}
      </h3>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      {returnReason ? <p className="mt-1 text-sm font-medium text-red-700">{returnReason}</p> : null}
      <p className="mt-1 text-sm" role="status">
        {size ? t("uploaded", { size: Math.round(size / 1024) }) : t("notUploaded")}
      </p>
      {outcome?.status === "adjusted" ? (
        <form {...formProps} className="mt-2 flex flex-col gap-2">
          <p className="text-sm text-amber-900">
            {t("fitted", { before: Math.round(outcome.beforeSize / 1024), after: Math.round(outcome.afterSize / 1024) })}
          </p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data URL preview, not an optimisable asset */}
          <img
            src={`data:${outcome.mime};base64,${outcome.base64}`}
            alt={label}
            className="max-h-64 w-auto self-start rounded border"
          />
          <input type="hidden" {...fields.register("applicationId")} value={applicationId} />
          <input type="hidden" {...fields.register("kind")} value={kind} />
          <input type="hidden" name="fitted" value={outcome.base64} />
          <input type="hidden" name="fittedName" value={`${kind.toLowerCase()}.jpg`} />
          <Button type="submit" disabled={pending}>
            {t("acceptFitted")}
          </Button>
        </form>
      ) : (
        <form {...formProps} className="mt-2 flex flex-wrap items-center gap-2">
          <input type="hidden" {...fields.register("applicationId")} value={applicationId} />
          <input type="hidden" {...fields.register("kind")} value={kind} />
          <label htmlFor={inputId} className="sr-only">
            {label}
          </label>
          <input id={inputId} type="file" name="file" accept={UPLOAD_ACCEPT} required className="max-w-full text-sm" />
          <Button type="submit" variant="secondary" disabled={pending}>
            {size ? t("replace") : t("upload")}
          </Button>
        </form>
      )}
      <FormError className="mt-2" failure={outcome?.status === "refused" ? outcome.failure : null} />
      <FormError className="mt-2" failure={state && !state.ok ? state.formError : null} />
    </section>
  );
}
