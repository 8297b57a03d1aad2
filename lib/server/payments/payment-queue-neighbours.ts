import "server-only";
import { db } from "@/lib/db";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";
import { isUuid } from "@/lib/domain/uuid";
import type { Actor } from "@/lib/server/auth/session";
import { keysetAfter, keysetBefore, type QueueNeighbours } from "@/lib/server/queue/keyset";
import { PENDING_ORDER } from "./list-payments";

/**
 * The receipts before and after this one in the list waiting for 确认收费 (五), by its own
 * place in the order: once confirmed or returned it has left the list, and "next" is still
 * the receipt that followed it.
 */
export async function paymentQueueNeighbours(actor: Actor, paymentId: string): Promise<QueueNeighbours> {
  assertStaffRole(actor, "FINANCE");
  if (!isUuid(paymentId)) return { previous: null, next: null };
  const current = await db.payment.findUnique({ where: { id: paymentId }, select: { id: true, createdAt: true } });
  if (!current) return { previous: null, next: null };
  const keys = [
    { field: "createdAt", value: current.createdAt },
    { field: "id", value: current.id },
  ];
  const [next, previous] = await Promise.all([
    db.payment.findFirst({
      where: { AND: [{ status: "PENDING" }, keysetAfter(keys)] },
      orderBy: PENDING_ORDER,
      select: { id: true },
    }),
    db.payment.findFirst({
      where: { AND: [{ status: "PENDING" }, keysetBefore(keys)] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    }),
  ]);
  return { previous: previous?.id ?? null, next: next?.id ?? null };
}
