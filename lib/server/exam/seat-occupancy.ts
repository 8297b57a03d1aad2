import "server-only";
import type { Tx } from "@/lib/db";
import type { SeatRoom } from "@/lib/domain/seat-assignment";

/**
 * The rooms as the seat rules see them on one exam day: locked (FOR UPDATE, id order) so two
 * officers seating two projects in the same room cannot pick the same seat, with the seats
 * already given to anyone sitting that day (七: one person per seat, whatever the project).
 */
export async function loadRoomsForDay(
  tx: Tx,
  rooms: readonly { id: string; capacity: number }[],
  examDate: Date,
  exclude: readonly string[] = [],
): Promise<SeatRoom[]> {
  const ids = rooms.map((r) => r.id);
  if (ids.length === 0) return [];
  await tx.$queryRaw`SELECT id FROM "Room" WHERE id = ANY(${[...ids].sort()}::uuid[]) ORDER BY id FOR UPDATE`;
  const taken = await tx.application.findMany({
    where: { roomId: { in: ids }, seat: { not: null }, id: { notIn: [...exclude] }, plan: { batch: { examDate } } },
    select: { roomId: true, seat: true },
  });
  return rooms.map((r) => ({
    id: r.id,
    capacity: r.capacity,
    occupied: taken.filter((t) => t.roomId === r.id).map((t) => t.seat!),
  }));
}
