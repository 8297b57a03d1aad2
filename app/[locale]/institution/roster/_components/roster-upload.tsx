"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { previewRosterAction } from "@/app/[locale]/institution/roster/actions";
import { failureOf } from "@/components/account/text-field";
import { BatchFileForm } from "@/components/institution/batch-file-form";
import { FailureAlert } from "@/components/institution/failure-alert";
import { RosterPreview } from "@/components/institution/roster-preview";
import { RosterSubmit } from "@/app/[locale]/institution/roster/_components/roster-submit";

/** 四(一)2: choose the filled roster, see every problem row, then submit the valid ones. */
export function RosterUpload({ batchId, open }: { batchId: string; open: boolean }) {
  const t = useTranslations("institution.roster");
  const [state, action, pending] = useActionState(previewRosterAction, null);
  const preview = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-4">
      <BatchFileForm
        action={action}
        batchId={batchId}
        inputId="roster-file"
        label={t("file")}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        hint={t("fileHint")}
        disabled={pending || !open}
        submitLabel={pending ? t("checking") : t("check")}
      />
      <FailureAlert failed={failureOf(state)} />
      {preview ? (
        <>
          <RosterPreview preview={preview} />
          <RosterSubmit key={preview.uploadId} uploadId={preview.uploadId} valid={preview.valid} invalid={preview.invalid} />
        </>
      ) : null}
    </div>
  );
}
