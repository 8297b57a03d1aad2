import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import type { Actor } from "@/lib/server/auth/session";
import { decideApplication, type DecisionDto } from "./decide-application";

/** 审核不通过 (四(二)3): final; the candidate cannot apply to the same plan again. */
export function rejectApplication(
  actor: Actor,
  applicationId: string,
  seenVersion: number,
  reason: string,
  today: IsoDate,
  at: Date,
): Promise<DecisionDto> {
  return decideApplication(actor, applicationId, seenVersion, { kind: "reject", reason }, today, at);
}
