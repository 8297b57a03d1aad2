import "server-only";
import { AppError } from "@/lib/app-error";
import type { IsoDate } from "@/lib/domain/types";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { batchPaymentNotice, type BatchPaymentNoticeDto } from "./batch-payment";

/**
 * The whole-batch notice for the ids a refused receipt was posted with, as
 * `batchPaymentNotice` made it (same code, same lines, ADR 148): a post without JavaScript
 * shows it again above the receipt form. Null, revealing nothing, when any id is someone
 * else's, of another batch, no longer approved or malformed, exactly where the notice itself
 * refuses the selection.
 */
export async function rebuildBatchNotice(
  actor: Actor,
  batchId: string,
  applicationIds: readonly string[],
  today: IsoDate,
): Promise<BatchPaymentNoticeDto | null> {
  if (!isUuid(batchId) || applicationIds.length === 0 || !applicationIds.every(isUuid)) return null;
  try {
    return await batchPaymentNotice(actor, batchId, applicationIds, today);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}
