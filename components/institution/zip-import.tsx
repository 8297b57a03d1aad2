"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { importZipAction } from "@/app/[locale]/institution/attachments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatFileSize } from "@/lib/domain/upload-rules";
import { ZipReport } from "./zip-report";
import { useMessage } from "./use-message";

/**
 * What one upload may weigh: the server actions' body limit (next.config.ts
 * experimental.serverActions.bodySizeLimit, 12 MB) less room for the form around the file.
 * A bigger zip would fail with a bare error page, so the browser says so first.
 */
export const ZIP_UPLOAD_LIMIT_BYTES = 11 * 1024 * 1024;

export function ZipImport({ batchId, open }: { batchId: string; open: boolean }) {
  const t = useTranslations("institution.attachments");
  const say = useMessage();
  const [state, action, pending] = useActionState(importZipAction, null);
  const [tooBig, setTooBig] = useState<number | null>(null);
  const failed = state && !state.ok ? state : null;
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <input type="hidden" name="batchId" value={batchId} />
        <label htmlFor="zip-file" className="font-medium">
          {t("file")}
        </label>
        <input
          id="zip-file"
          name="file"
          type="file"
          accept=".zip,application/zip"
          required
          className="text-sm"
          aria-describedby="zip-hint"
          onChange={(e) => {
            const size = e.target.files?.[0]?.size ?? 0;
            setTooBig(size > ZIP_UPLOAD_LIMIT_BYTES ? size : null);
          }}
        />
        <p id="zip-hint" className="text-sm text-slate-600">
          {t("fileHint", { limit: formatFileSize(ZIP_UPLOAD_LIMIT_BYTES) })}
        </p>
        {tooBig !== null ? (
          <Alert tone="error">
            {t("tooBig", { size: formatFileSize(tooBig, "up"), limit: formatFileSize(ZIP_UPLOAD_LIMIT_BYTES) })}
          </Alert>
        ) : null}
        <Button type="submit" disabled={pending || !open || tooBig !== null}>
          {pending ? t("importing") : t("import")}
        </Button>
      </form>
      {failed ? (
        <Alert tone="error">
          {failed.formError ? <p>{say(failed.formError)}</p> : null}
          {Object.values(failed.fieldErrors)
            .flat()
            .map((m) => (m ? <p key={m}>{say(m)}</p> : null))}
        </Alert>
      ) : null}
      {state?.ok ? <ZipReport report={state.data} /> : null}
    </div>
  );
}
