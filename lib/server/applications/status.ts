import { AppError } from "@/lib/app-error";
import { transition, type ApplicationEvent, type ApplicationStatus as DomainStatus } from "@/lib/domain/application-state";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** The database spells statuses PAYMENT_SUBMITTED, the domain payment-submitted. */
export function toDomainStatus(status: ApplicationStatus): DomainStatus {
  return status.toLowerCase().replace(/_/g, "-") as DomainStatus;
}

export function toDbStatus(status: DomainStatus): ApplicationStatus {
  return status.toUpperCase().replace(/-/g, "_") as ApplicationStatus;
}

/** The next status for an event, or a CONFLICT a person can read (the state machine says no). */
export function nextStatus(current: ApplicationStatus, event: ApplicationEvent): ApplicationStatus {
  const result = transition(toDomainStatus(current), event);
  if (!result.ok)
    throw new AppError(
      "CONFLICT",
      result.error === "final-status" ? "errors.application.final" : "errors.application.wrongState",
    );
  return toDbStatus(result.status);
}
