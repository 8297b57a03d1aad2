"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { uploadDocumentAction } from "@/app/[locale]/institution/documents/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { UPLOAD_ACCEPT, formatFileSize } from "@/lib/domain/upload-rules";
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
  const [state, action, pending] = useActionState(uploadDocumentAction, null);
  const failed = state && !state.ok ? state : null;
  const inputId = `doc-${kind}`;
  return (
    <form action={action} className="mt-2 flex flex-col gap-2">
      <input type="hidden" name="batchId" value={batchId} />
      <input type="hidden" name="kind" value={kind} />
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input id={inputId} name="file" type="file" accept={UPLOAD_ACCEPT} required className="max-w-full text-sm" />
        <Button type="submit" variant="secondary" disabled={pending}>
          {uploaded || state?.ok ? t("replace") : t("upload")}
        </Button>
      </div>
      {state?.ok ? <Alert tone="success">{t("uploaded", { size: formatFileSize(state.data.size) })}</Alert> : null}
      {failed ? (
        <Alert tone="error">
          {failed.formError ? <p>{say(failed.formError)}</p> : null}
          {(failed.fieldErrors.file ?? []).map((m, i) => (
            <p key={i}>{say(m)}</p>
          ))}
        </Alert>
      ) : null}
    </form>
  );
}
