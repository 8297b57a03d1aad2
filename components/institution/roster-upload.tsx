"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { previewRosterAction } from "@/app/[locale]/institution/roster/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RosterPreview } from "./roster-preview";
import { RosterSubmit } from "./roster-submit";
import { useMessage } from "./use-message";

/** 四(一)2: choose the filled roster, see every problem row, then submit the valid ones. */
export function RosterUpload({ batchId, open }: { batchId: string; open: boolean }) {
  const t = useTranslations("institution.roster");
  const say = useMessage();
  const [state, action, pending] = useActionState(previewRosterAction, null);
  const failed = state && !state.ok ? state : null;
  const preview = state?.ok ? state.data : null;
  return (
    <div className="flex flex-col gap-4">
      <form action={action} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <input type="hidden" name="batchId" value={batchId} />
        <label htmlFor="roster-file" className="font-medium">
          {t("file")}
        </label>
        <input
          id="roster-file"
          name="file"
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          required
          className="text-sm"
          aria-describedby="roster-file-hint"
        />
        <p id="roster-file-hint" className="text-sm text-slate-600">
          {t("fileHint")}
        </p>
        <Button type="submit" disabled={pending || !open}>
          {pending ? t("checking") : t("check")}
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
      {preview ? (
        <>
          <RosterPreview preview={preview} />
          <RosterSubmit key={preview.uploadId} uploadId={preview.uploadId} valid={preview.valid} invalid={preview.invalid} />
        </>
      ) : null}
    </div>
  );
}
