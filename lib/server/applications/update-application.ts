import "server-only";
import { AppError } from "@/lib/app-error";
import { db, type Tx } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import type { PersonalStep } from "@/lib/schemas/application-schema";
import type { Actor } from "@/lib/server/auth/session";
import { evaluateSoFar, type ApplicantSoFar } from "@/lib/domain/eligibility";
import { parseIdNumber } from "@/lib/domain/id-number";
import { loadProjectDef } from "@/lib/server/eligibility/check-eligibility";
import { loadEditableApplication } from "./editable-application";

/** The wizard's steps, in order; `draftStep` remembers the furthest one reached. */
export const WIZARD_STEPS = ["condition", "personal", "photo", "attachments", "pledge", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export type ApplicationPatch =
  { step: "condition"; conditionCode: string } | { step: "personal"; data: PersonalStep } | { step: "pledge"; pledge: true };

/** Saves one step on the server, so nothing typed is lost when the phone closes (issue 3). */
export async function updateApplication(
  actor: Actor,
  applicationId: string,
  patch: ApplicationPatch,
  today: IsoDate,
  at: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const application = await loadEditableApplication(tx, actor, applicationId, today);
    const reached = Math.max(WIZARD_STEPS.indexOf(patch.step) + 1, application.draftStep);
    const common = { version: { increment: 1 }, draftStep: reached };
    if (patch.step === "condition") {
      const condition = await tx.condition.findFirst({
        where: { code: patch.conditionCode, projectId: application.plan.project.id },
        select: { id: true },
      });
      if (!condition) throw new AppError("INVALID", "errors.unknownCondition", { conditionCode: ["errors.unknownCondition"] });
      const { education, graduatingThisYear, major, occupation } = application;
      await assertEligibleSoFar(tx, application, patch.conditionCode, "condition", today, {
        education,
        graduatingThisYear,
        major,
        occupation,
      });
      await tx.application.update({
        where: { id: application.id },
        data: { ...common, conditionId: condition.id },
        select: { id: true },
      });
    } else if (patch.step === "personal") {
      const { data } = patch;
      if (application.condition)
        await assertEligibleSoFar(tx, application, application.condition.code, "personal", today, {
          education: data.education,
          graduatingThisYear: data.graduatingThisYear,
          major: data.major ?? null,
          occupation: data.occupation ?? null,
        });
      await tx.application.update({
        where: { id: application.id },
        data: {
          ...common,
          education: data.education,
          graduatingThisYear: data.graduatingThisYear,
          school: data.school ?? null,
          major: data.major ?? null,
          graduationYear: data.graduationYear ?? null,
          occupation: data.occupation ?? null,
          employer: data.employer ?? null,
          address: data.address,
          educationProofCase: data.educationProofCase,
        },
        select: { id: true },
      });
    } else {
      await tx.application.update({
        where: { id: application.id },
        data: { ...common, pledgeAcceptedAt: at },
        select: { id: true },
      });
    }
  });
}

/**
 * Issue 16 item 5: the submit's eligibility rule (lib/domain/eligibility), applied at the step
 * that can fix it, so a 13-year-old or 高中 for a 大专 condition learns it before seven uploads.
 * The reasons travel as `eligibility` field errors, as at submit; `step` says where to fix them.
 */
async function assertEligibleSoFar(
  tx: Tx,
  application: { candidate: { idNumber: string }; plan: { project: { seq: number } } },
  conditionCode: string,
  step: "condition" | "personal",
  today: IsoDate,
  known: Omit<ApplicantSoFar, "birthDate">,
): Promise<void> {
  const id = parseIdNumber(application.candidate.idNumber, today);
  if (!id.ok) return; // the submit reports a bad ID number with its own message
  const project = await loadProjectDef(application.plan.project.seq, tx);
  const condition = project?.conditions.find((c) => c.code === conditionCode);
  if (!project || !condition) return;
  const verdict = evaluateSoFar(project, condition, { birthDate: id.value.birthDate, ...known }, today, step);
  if (verdict.result === "ineligible")
    throw new AppError("INVALID", "earlyEligibility.refused", { eligibility: verdict.because });
}
