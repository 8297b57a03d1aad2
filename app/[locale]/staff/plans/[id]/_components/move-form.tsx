import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { PlanDetailDto } from "@/lib/server/plans/get-plan";

/**
 * 四 and ADR 020: the first step of a merge: pick a later published batch and see what happens to
 * each candidate (a GET to the plan's page, which shows the preview and the confirm form, ADR 080).
 */
export async function MoveForm({ targets, selected }: { targets: PlanDetailDto["targets"]; selected?: string | null }) {
  const [t, tc, td] = await Promise.all([
    getTranslations("staffExam.plan"),
    getTranslations("common"),
    getTranslations("planDecisions"),
  ]);
  if (targets.length === 0) return <p className="text-slate-600">{t("noTargets")}</p>;
  return (
    <form method="get" className="flex flex-col gap-3">
      <input type="hidden" name="decide" value="move" />
      <Field id="move-target" label={t("moveTarget")} hint={t("moveHint")}>
        {(a) => (
          <select {...a} name="target" defaultValue={selected ?? targets[0]?.batchId} className={inputClass}>
            {targets.map((b) => (
              <option key={b.batchId} value={b.batchId}>
                {tc("batchLabel", { year: b.year, seq: b.seq })}（{t("examOn", { date: b.examDate })}）
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className={buttonVariants({ variant: "secondary" })}>
        {td("previewButton")}
      </button>
    </form>
  );
}

/** The first step of a cancellation: see each candidate's fate before confirming. */
export async function CancelPreviewButton() {
  const [t, td] = await Promise.all([getTranslations("staffExam.plan"), getTranslations("planDecisions")]);
  return (
    <form method="get" className="flex flex-col gap-3">
      <p className="text-sm text-slate-600">{t("cancelHint")}</p>
      <input type="hidden" name="decide" value="cancel" />
      <button type="submit" className={buttonVariants({ variant: "danger" })}>
        {td("previewButton")}
      </button>
    </form>
  );
}
