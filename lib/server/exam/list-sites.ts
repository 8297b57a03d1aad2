import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/auth/session";
import { assertStaffRole } from "@/lib/server/auth/staff-guard";

export interface RoomDto {
  id: string;
  name: string;
  capacity: number;
  /** Seats given in this room, all exam days together: a room in use cannot be deleted. */
  seatsInUse: number;
}

export interface SiteDto {
  id: string;
  name: string;
  address: string;
  rooms: RoomDto[];
}

/** Rooms sort by name the way people count (第2考场 before 第10考场). */
const collator = new Intl.Collator("zh-CN", { numeric: true });

export async function listSites(actor: Actor): Promise<SiteDto[]> {
  assertStaffRole(actor, "EXAM_OFFICER");
  const sites = await db.examSite.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      address: true,
      rooms: { select: { id: true, name: true, capacity: true, _count: { select: { applications: true } } } },
    },
  });
  return sites.map((s) => ({
    id: s.id,
    name: s.name,
    address: s.address,
    rooms: s.rooms
      .map((r) => ({ id: r.id, name: r.name, capacity: r.capacity, seatsInUse: r._count.applications }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));
}

export function sortRoomsByName<T extends { name: string }>(rooms: T[]): T[] {
  return [...rooms].sort((a, b) => collator.compare(a.name, b.name));
}
