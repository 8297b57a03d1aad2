"use server";

import type { ActionResult } from "@/lib/action-result";
import { runOfficerAction } from "../officer-action";
import { setSeatSchema } from "@/lib/schemas/exam-plan-schema";
import {
  assignSeatsFormSchema,
  cancelPlanFormSchema,
  examSessionFormSchema,
  holdPlanFormSchema,
  movePlanFormSchema,
} from "@/lib/schemas/staff-exam-forms";
import { autoAssignSeats } from "@/lib/server/exam/assign-seats";
import { setSeat } from "@/lib/server/exam/set-seat";
import { setExamSession, type ExamSessionDto } from "@/lib/server/exam/set-exam-session";
import { keepTargetSchema } from "@/lib/schemas/refund-schema";
import { cancelPlan, type CancelOutcome } from "@/lib/server/plans/cancel-plan";
import { holdPlan, type HoldOutcome } from "@/lib/server/plans/hold-plan";
import { movePlan, type MoveOutcome } from "@/lib/server/plans/move-plan";

/**
 * The exam officer's decisions on one plan (四) and its seats (七), each through runOfficerAction
 * (role, schema, use case, revalidate). Unbound (ADR 133, vercel/next.js#57867): the plan's id
 * travels in a hidden input and is checked by the schema like any other field; the use case
 * checks the plan itself.
 */

export async function holdPlanAction(_previous: ActionResult<HoldOutcome> | null, formData: FormData) {
  return runOfficerAction(["planId", "reason"], formData, holdPlanFormSchema, (actor, { planId, ...input }) =>
    holdPlan(actor, planId, input),
  );
}

/** What a cancellation or a merge did: the page shows it from the decision's record (ADR 080). */
export type DecisionResult = MoveOutcome | CancelOutcome;

export async function cancelPlanAction(
  _previous: ActionResult<DecisionResult> | null,
  formData: FormData,
): Promise<ActionResult<DecisionResult>> {
  return runOfficerAction(["planId", "reason", "confirmed"], formData, cancelPlanFormSchema, (actor, { planId, reason }) =>
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
  return runOfficerAction(["planId", "reason", "targetBatchId"], formData, movePlanFormSchema, (actor, { planId, ...input }) =>
    movePlan(actor, planId, { ...input, keepTarget }),
  );
}

export async function assignSeatsAction(_previous: ActionResult<{ assigned: number }> | null, formData: FormData) {
  return runOfficerAction(["planId", "siteId", "reset"], formData, assignSeatsFormSchema, (actor, { planId, ...input }) =>
    autoAssignSeats(actor, planId, input),
  );
}

export async function setSeatAction(_previous: ActionResult<{ seat: number }> | null, formData: FormData) {
  return runOfficerAction(["applicationId", "roomId", "seat"], formData, setSeatSchema, async (actor, input) => {
    await setSeat(actor, input);
    return { seat: input.seat };
  });
}

export async function setExamSessionAction(_previous: ActionResult<ExamSessionDto> | null, formData: FormData) {
  return runOfficerAction(
    ["planId", "startTime", "endTime", "roomId"],
    formData,
    examSessionFormSchema,
    (actor, { planId, ...input }) => setExamSession(actor, planId, input),
  );
}
