"use client";

import { useTranslations } from "next-intl";
import { useSearchForm } from "@/components/forms/use-search-form";
import { buttonVariants } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { planPreviewQuerySchema } from "@/lib/schemas/staff-filter-schemas";
import type { PlanDetailDto } from "@/lib/server/plans/get-plan";

/**
 * 四 and ADR 020: the first step of a merge: pick a later published batch and see what happens to
 * each candidate (a GET to the plan's page, which shows the preview and the confirm form, ADR 080).
 * A `useSearchForm` (ADR 138) on `planPreviewQuerySchema`, which the page parses its address with.
 */
export function MoveForm({ targets, selected }: { targets: PlanDetailDto["targets"]; selected?: string | null }) {
  const t = useTranslations("staffExam.plan");
  const tc = useTranslations("common");
  const td = useTranslations("planDecisions");
  const { fields, formProps, pending } = useSearchForm({ schema: planPreviewQuerySchema });
  if (targets.length === 0) return <p className="text-slate-600">{t("noTargets")}</p>;
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <input type="hidden" {...fields.register("decide")} value="move" />
      <Field id="move-target" label={t("moveTarget")} hint={t("moveHint")}>
        {(a) => (
          <select {...a} {...fields.register("target")} defaultValue={selected ?? targets[0]?.batchId} className={inputClass}>
            {targets.map((b) => (
              <option key={b.batchId} value={b.batchId}>
                {tc("batchLabel", { year: b.year, seq: b.seq })}（{t("examOn", { date: b.examDate })}）
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className={buttonVariants({ variant: "secondary" })} disabled={pending}>
        {td("previewButton")}
      </button>
    </form>
  );
}

/** The first step of a cancellation: see each candidate's fate before confirming (the same GET form). */
export function CancelPreviewButton() {
  const t = useTranslations("staffExam.plan");
  const td = useTranslations("planDecisions");
  const { fields, formProps, pending } = useSearchForm({ schema: planPreviewQuerySchema });
  return (
    <form {...formProps} className="flex flex-col gap-3">
      <p className="text-sm text-slate-600">{t("cancelHint")}</p>
      <input type="hidden" {...fields.register("decide")} value="cancel" />
      <button type="submit" className={buttonVariants({ variant: "danger" })} disabled={pending}>
        {td("previewButton")}
      </button>
    </form>
  );
}
