"use client";

import { useTranslations } from "next-intl";
import { uploadDocumentAction } from "@/app/[locale]/institution/documents/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { HiddenField } from "@/components/institution/hidden-field";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { UPLOAD_ACCEPT, formatFileSize } from "@/lib/domain/upload-rules";
import { institutionDocumentSchema } from "@/lib/schemas/institution-roster-schema";
import { useFailureText } from "@/components/ui/failure-text";

/** One of the institution's own documents for a batch: upload or replace its scan. */
export function DocumentUpload({
  batchId,
  kind,
  label,
  uploaded,
}: {
  batchId: string;
  kind: string;
  label: string;
  uploaded: boolean;
}) {
  const t = useTranslations("institution.documents");
  const say = useFailureText();
  const { state, pending, fields, formError, formProps } = useActionForm({
    action: uploadDocumentAction,
    schema: institutionDocumentSchema,
  });
  const failed = state && !state.ok ? state : null;
  // The ids' check (browser or server), the action's refusal, then the file's: all said in one alert.
  const failures = [formError, fields.errorOf("batchId"), fields.errorOf("kind"), ...(failed?.fieldErrors.file ?? [])].flatMap(
    (f) => (f ? [say(f)] : []),
  );
  const inputId = `doc-${kind}`;
  return (
    <form {...formProps} className="mt-2 flex flex-col gap-2">
      <HiddenField form={fields} name="batchId" value={batchId} />
      <HiddenField form={fields} name="kind" value={kind} />
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input id={inputId} name="file" type="file" accept={UPLOAD_ACCEPT} className="max-w-full text-sm" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {uploaded || state?.ok ? t("replace") : t("upload")}
        </Button>
      </div>
      {state?.ok ? <Alert tone="success">{t("uploaded", { size: formatFileSize(state.data.size) })}</Alert> : null}
      {failures.length > 0 ? (
        <Alert tone="error">
          {[...new Set(failures)].map((text) => (
            <p key={text}>{text}</p>
          ))}
        </Alert>
      ) : null}
    </form>
  );
}
