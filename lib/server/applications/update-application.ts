import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import type { IsoDate } from "@/lib/domain/types";
import type { PersonalStep } from "@/lib/schemas/application-schema";
import type { Actor } from "@/lib/server/auth/session";
import { loadEditableApplication } from "./editable-application";
import { toDbEducation } from "./education-enum";

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
      await tx.application.update({
        where: { id: application.id },
        data: { ...common, conditionId: condition.id },
        select: { id: true },
      });
    } else if (patch.step === "personal") {
      const { data } = patch;
      await tx.application.update({
        where: { id: application.id },
        data: {
          ...common,
          education: toDbEducation(data.education),
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
