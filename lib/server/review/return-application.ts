import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import type { ReturnReasonKey } from "@/lib/schemas/staff-review-schema";
import type { Actor } from "@/lib/server/auth/session";
import { decideApplication, type DecisionDto } from "./decide-application";

/**
 * 退回修改 (四(二)3): a reason per field or file; the data as it was is kept so the reviewer
 * sees what changed when it comes back. The candidate must resubmit within the review window.
 */
export function returnApplication(
  actor: Actor,
  applicationId: string,
  seenVersion: number,
  reasons: Partial<Record<ReturnReasonKey, string>>,
  today: IsoDate,
  at: Date,
): Promise<DecisionDto> {
  return decideApplication(actor, applicationId, seenVersion, { kind: "return", reasons }, today, at);
}
