import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { missingAttachments } from "@/lib/domain/attachments";
import { reviewFeedbackDue } from "@/lib/domain/derived-dates";
import { evaluateEligibility } from "@/lib/domain/eligibility";
import { parseIdNumber } from "@/lib/domain/id-number";
import type { IsoDate } from "@/lib/domain/types";
import { fromIsoDate } from "@/lib/dates";
import type { Actor } from "@/lib/server/auth/session";
import { loadWorkingDayCalendar } from "@/lib/server/calendar/load-working-day-calendar";
import { loadProjectDef } from "@/lib/server/eligibility/check-eligibility";
import { loadEditableApplication } from "./editable-application";
import { fromDbEducation } from "./education-enum";
import { nextStatus } from "./status";

export interface SubmitOutcome {
  status: "SUBMITTED";
  reviewDueDate: IsoDate;
  eligibility: "eligible" | "needs-evidence";
  evidence: string | null;
}

/**
 * 四(二)2–3: the server checks everything again at submit: window, age, eligibility, data,
 * every file, the pledge. A returned application goes back to review the same way.
 */
export async function submitApplication(actor: Actor, applicationId: string, today: IsoDate, at: Date): Promise<SubmitOutcome> {
  const calendar = await loadWorkingDayCalendar();
  return db.$transaction(async (tx) => {
    const app = await loadEditableApplication(tx, actor, applicationId, today);
    if (!app.condition || !app.rule)
      throw new AppError("INVALID", "errors.condition.required", { conditionCode: ["errors.condition.required"] });
    if (!app.education || !app.address || !app.educationProofCase)
      throw new AppError("INVALID", "errors.application.personalMissing");
    if (app.rule.kind === "occupation" && !app.occupation)
      throw new AppError("INVALID", "errors.application.occupationMissing", {
        occupation: ["errors.application.occupationMissing"],
      });
    if (app.rule.kind === "major" && !app.major)
      throw new AppError("INVALID", "errors.application.majorMissing", { major: ["errors.application.majorMissing"] });
    const missing = missingAttachments(
      app.rule,
      app.attachments.map((a) => a.kind),
    );
    if (missing.length > 0)
      throw new AppError("INVALID", "errors.application.filesMissing", {
        attachments: missing.map((kind) => `attachments.${kind}`),
      });
    if (!app.pledgeAcceptedAt) throw new AppError("INVALID", "errors.pledgeRequired", { pledge: ["errors.pledgeRequired"] });

    const id = parseIdNumber(app.candidate.idNumber, today);
    if (!id.ok) throw new AppError("INVALID", `errors.idNumber.${id.error}`);
    // Inside the transaction's own connection: a second pooled connection here deadlocks a surge.
    const project = await loadProjectDef(app.plan.project.seq, tx);
    const condition = project?.conditions.find((c) => c.code === app.condition?.code);
    if (!project || !condition) throw new AppError("INVALID", "errors.unknownCondition");
    const verdict = evaluateEligibility(
      project,
      condition,
      {
        birthDate: id.value.birthDate,
        education: fromDbEducation(app.education),
        graduatingThisYear: app.graduatingThisYear,
        major: app.major,
        occupation: app.occupation,
      },
      today,
    );
    if (verdict.result === "ineligible")
      throw new AppError("INVALID", "errors.application.ineligible", { eligibility: verdict.reasons });

    const status = nextStatus(app.status, app.status === "RETURNED" ? "resubmit" : "submit");
    const reviewDueDate = reviewFeedbackDue(today, calendar);
    const updated = await tx.application.updateMany({
      where: { id: app.id, version: app.version },
      data: { status, version: { increment: 1 }, submittedAt: at, reviewDueDate: fromIsoDate(reviewDueDate) },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "errors.application.changedMeanwhile");
    await tx.applicationEvent.create({
      data: {
        applicationId: app.id,
        fromStatus: app.status,
        toStatus: status,
        actorId: actor.id,
        at,
        note: verdict.result === "needs-evidence" ? `需审核证明材料：${verdict.evidence ?? ""}` : null,
      },
    });
    return { status: "SUBMITTED", reviewDueDate, eligibility: verdict.result, evidence: verdict.evidence };
  });
}
