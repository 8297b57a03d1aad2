import "server-only";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import type { IsoDate } from "@/lib/domain/types";

/** Today's calendar day in Beijing by the portal's clock: the day every window rule is about. */
export function todayInBeijing(): IsoDate {
  return shanghaiDate(now());
}
