import { AppError } from "@/lib/app-error";
import { transition, type ApplicationEvent, type ApplicationStatus } from "@/lib/domain/application-state";
import type { ApplicationStatus as DbApplicationStatus } from "@/lib/generated/prisma/enums";

/**
 * One spelling (ADR 136): the domain declares the statuses as the database spells them
 * (lib/domain/application-state.ts `APPLICATION_STATUSES`), so a row's status goes to the rule
 * table as it is. These two lines fail to compile if the Prisma enum and the domain list drift.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const STATUS_SPELLINGS_AGREE: Same<ApplicationStatus, DbApplicationStatus> = true;

/** The next status for an event, or a CONFLICT a person can read (the state machine says no). */
export function nextStatus(current: ApplicationStatus, event: ApplicationEvent): ApplicationStatus {
  const result = transition(current, event);
  if (!result.ok)
    throw new AppError(
      "CONFLICT",
      result.error === "final-status" ? "errors.application.final" : "errors.application.wrongState",
    );
  return result.status;
}
