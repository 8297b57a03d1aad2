"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { importZipAction } from "@/app/[locale]/institution/attachments/actions";
import { failureOf } from "@/components/account/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { MAX_FILE_UPLOAD_BYTES } from "@/lib/domain/request-limits";
import { formatFileSize } from "@/lib/domain/upload-rules";
import { BatchFileForm } from "@/components/institution/batch-file-form";
import { FailureAlert } from "@/components/institution/failure-alert";
import { ZipReport } from "@/components/institution/zip-report";
import { rosterUploadSchema } from "@/lib/schemas/institution-roster-schema";

/**
 * What one upload may weigh: the one request limit less room for the form around the file
 * (lib/domain/request-limits.ts). A bigger zip is refused by the server, so the browser says so first.
 */
export const ZIP_UPLOAD_LIMIT_BYTES = MAX_FILE_UPLOAD_BYTES;

export function ZipImport({ batchId, open }: { batchId: string; open: boolean }) {
  const t = useTranslations("institution.attachments");
  const form = useActionForm({ action: importZipAction, schema: rosterUploadSchema });
  const { state, pending } = form;
  const [tooBig, setTooBig] = useState<number | null>(null);
  return (
    <div className="flex flex-col gap-4">
      <BatchFileForm
        form={form}
        batchId={batchId}
        inputId="zip-file"
        label={t("file")}
        accept=".zip,application/zip"
        hint={t("fileHint", { limit: formatFileSize(ZIP_UPLOAD_LIMIT_BYTES) })}
        onFileChange={(e) => {
          const size = e.target.files?.[0]?.size ?? 0;
          setTooBig(size > ZIP_UPLOAD_LIMIT_BYTES ? size : null);
        }}
        disabled={pending || !open || tooBig !== null}
        submitLabel={pending ? t("importing") : t("import")}
      >
        {tooBig !== null ? (
          <Alert tone="error">
            {t("tooBig", { size: formatFileSize(tooBig, "up"), limit: formatFileSize(ZIP_UPLOAD_LIMIT_BYTES) })}
          </Alert>
        ) : null}
      </BatchFileForm>
      <FailureAlert failed={failureOf(state)} also={form.fields.errorOf("batchId")} />
      {state?.ok ? <ZipReport report={state.data} /> : null}
    </div>
  );
}
