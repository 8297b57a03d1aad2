"use server";

import { revalidatePath } from "next/cache";
import { succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { actionFailure } from "@/lib/server/action-failure";
import { requireActor } from "@/lib/server/auth/session";
import { markNotificationsRead } from "@/lib/server/notifications/list-notifications";

/** Marks one message (id) or all of the reader's messages ("all") read. */
export async function markReadAction(
  target: string,
  _previous: ActionResult<{ marked: number }> | null,
): Promise<ActionResult<{ marked: number }>> {
  let marked: number;
  try {
    const actor = await requireActor();
    marked = await markNotificationsRead(actor, target === "all" ? "all" : [target], now());
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/me", "layout");
  return succeed({ marked });
}
