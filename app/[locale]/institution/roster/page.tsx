import { getTranslations } from "next-intl/server";
import { BatchPicker } from "@/components/institution/batch-picker";
import { RosterUpload } from "@/app/[locale]/institution/roster/_components/roster-upload";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { verdictFor } from "@/lib/server/applications/window-verdict";
import { openBatchPage, type BatchPageProps } from "../batch-page";

export const dynamic = "force-dynamic";

/** 四(一)2 填报信息: template, upload, preview, submit. */
export default async function RosterPage(props: BatchPageProps) {
  const { today, options, batch } = await openBatchPage(props, "/institution/roster", "registration");
  const [t, tc] = await Promise.all([getTranslations("institution.roster"), getTranslations("common")]);
  // The form shows exactly when the roster use cases accept it: the rule table's answer for an institution's draft.
  const open = batch ? (await verdictFor("edit", { role: "institution", status: "DRAFT", batch, day: today })).allowed : false;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <div>
        <a href="/downloads/institution/roster-template" className={buttonVariants({ variant: "secondary" })} download>
          {t("template")}
        </a>
      </div>
      {batch ? (
        <>
          <BatchPicker options={options} selected={batch} phase="registration" />
          {open ? null : (
            <Alert tone="info">
              {t("closed", {
                batch: tc("batchLabel", { year: batch.year, seq: batch.seq }),
                start: batch.registration.start,
                end: batch.registration.end,
              })}
            </Alert>
          )}
          <RosterUpload batchId={batch.id} open={open} />
        </>
      ) : (
        <p role="status">{t("noBatch")}</p>
      )}
    </div>
  );
}
