"use client";

import { useTranslations } from "next-intl";
import { movePlanAction } from "@/app/[locale]/staff/plans/[id]/actions";
import { FormStatus } from "@/components/staff/exam/form-status";
import { useStaffAction } from "@/components/staff/exam/use-staff-action";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { PlanDetailDto } from "@/lib/server/plans/get-plan";

/** 四 and ADR 020: merge the candidates into a later batch of the same project. */
export function MoveForm({ planId, targets }: { planId: string; targets: PlanDetailDto["targets"] }) {
  const t = useTranslations("staffExam.plan");
  const tc = useTranslations("common");
  const form = useStaffAction(movePlanAction.bind(null, planId));
  if (targets.length === 0) return <p className="text-slate-600">{t("noTargets")}</p>;
  return (
    <form action={form.formAction} className="flex flex-col gap-3">
      <Field id="move-target" label={t("moveTarget")} error={form.fieldError("targetBatchId")}>
        {(a) => (
          <select
            {...a}
            name="targetBatchId"
            defaultValue={form.value("targetBatchId", targets[0]?.batchId)}
            className={inputClass}
          >
            {targets.map((b) => (
              <option key={b.batchId} value={b.batchId}>
                {tc("batchLabel", { year: b.year, seq: b.seq })}（{t("examOn", { date: b.examDate })}）
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="move-reason" label={t("moveReason")} hint={t("moveHint")} error={form.fieldError("reason")}>
        {(a) => (
          <textarea
            {...a}
            name="reason"
            rows={2}
            maxLength={200}
            required
            defaultValue={form.value("reason", t("defaultMoveReason"))}
            className={inputClass}
          />
        )}
      </Field>
      <FormStatus
        error={form.formError}
        success={form.data ? t("moveDone", { moved: form.data.moved, already: form.data.alreadyInTarget }) : null}
      />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {t("moveSubmit")}
      </Button>
    </form>
  );
}
