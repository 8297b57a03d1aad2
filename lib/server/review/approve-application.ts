import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { decideApplication, type DecisionDto } from "./decide-application";

/** 审核通过 (四): the applicant may now pay (五). */
export function approveApplication(
  actor: Actor,
  applicationId: string,
  seenVersion: number,
  today: IsoDate,
  at: Date,
): Promise<DecisionDto> {
  return decideApplication(actor, applicationId, seenVersion, { kind: "approve" }, today, at);
}
