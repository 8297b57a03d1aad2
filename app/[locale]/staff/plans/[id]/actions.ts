"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import type { z } from "zod";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { setSeatSchema } from "@/lib/schemas/exam-plan-schema";
import {
  assignSeatsFormSchema,
  cancelPlanFormSchema,
  examSessionFormSchema,
  holdPlanFormSchema,
  movePlanFormSchema,
} from "@/lib/schemas/staff-exam-forms";
import { formValues } from "@/lib/server/action-failure";
import { requireRole, type Actor } from "@/lib/server/auth/session";
import { autoAssignSeats } from "@/lib/server/exam/assign-seats";
import { actionFailure } from "@/lib/server/action-failure";
import { setSeat } from "@/lib/server/exam/set-seat";
import { setExamSession, type ExamSessionDto } from "@/lib/server/exam/set-exam-session";
import { keepTargetSchema } from "@/lib/schemas/refund-schema";
import { cancelPlan, type CancelOutcome } from "@/lib/server/plans/cancel-plan";
import { holdPlan, type HoldOutcome } from "@/lib/server/plans/hold-plan";
import { movePlan, type MoveOutcome } from "@/lib/server/plans/move-plan";

/**
 * The exam officer's decisions on one plan (四) and its seats (七). Each: role first, then the
 * schema, one use case, revalidate; an AppError becomes the form's error (style.md).
 */
async function run<S extends z.ZodType, T>(
  names: readonly string[],
  formData: FormData,
  schema: S,
  call: (actor: Actor, input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const values = formValues(formData, names);
  let outcome: T;
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = schema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    outcome = await call(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(outcome);
}

// Unbound (ADR 133, vercel/next.js#57867): the plan's id travels in a hidden input and is checked
// by the schema like any other field; the use case checks the plan itself.

export async function holdPlanAction(_previous: ActionResult<HoldOutcome> | null, formData: FormData) {
  return run(["planId", "reason"], formData, holdPlanFormSchema, (actor, { planId, ...input }) => holdPlan(actor, planId, input));
}

/** What a cancellation or a merge did: the page shows it from the decision's record (ADR 080). */
export type DecisionResult = MoveOutcome | CancelOutcome;

export async function cancelPlanAction(
  _previous: ActionResult<DecisionResult> | null,
  formData: FormData,
): Promise<ActionResult<DecisionResult>> {
  return run(["planId", "reason", "confirmed"], formData, cancelPlanFormSchema, (actor, { planId, reason }) =>
    cancelPlan(actor, planId, { reason }),
  );
}

export async function movePlanAction(
  _previous: ActionResult<DecisionResult> | null,
  formData: FormData,
): Promise<ActionResult<DecisionResult>> {
  // The officer's choices in the preview: paid candidates who keep the target's application instead.
  const keep = keepTargetSchema.safeParse(formData.getAll("keepTarget"));
  const keepTarget = keep.success ? keep.data : [];
  return run(["planId", "reason", "targetBatchId"], formData, movePlanFormSchema, (actor, { planId, ...input }) =>
    movePlan(actor, planId, { ...input, keepTarget }),
  );
}

export async function assignSeatsAction(_previous: ActionResult<{ assigned: number }> | null, formData: FormData) {
  return run(["planId", "siteId", "reset"], formData, assignSeatsFormSchema, (actor, { planId, ...input }) =>
    autoAssignSeats(actor, planId, input),
  );
}

export async function setSeatAction(_previous: ActionResult<{ seat: number }> | null, formData: FormData) {
  return run(["applicationId", "roomId", "seat"], formData, setSeatSchema, async (actor, input) => {
    await setSeat(actor, input);
    return { seat: input.seat };
  });
}

export async function setExamSessionAction(_previous: ActionResult<ExamSessionDto> | null, formData: FormData) {
  return run(["planId", "startTime", "endTime", "roomId"], formData, examSessionFormSchema, (actor, { planId, ...input }) =>
    setExamSession(actor, planId, input),
  );
}
