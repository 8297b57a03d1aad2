"use server";

import type { ActionResult } from "@/lib/action-result";
import { deleteSiteOrRoomSchema, roomFormSchema, siteFormSchema } from "@/lib/schemas/staff-exam-forms";
import { runOfficerAction } from "../officer-action";
import { deleteRoom, deleteSite, saveRoom, saveSite } from "@/lib/server/exam/manage-sites";

/**
 * 七 考点与考场: the exam officer's CRUD. Each action checks the role itself (style.md "Avoid"), in runOfficerAction.
 * Unbound (ADR 133, vercel/next.js#57867): the site's or room's id travels in a hidden input
 * (empty for a new one) and is checked by the form's schema (runOfficerAction).
 */

export async function saveSiteAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runOfficerAction(["siteId", "name", "address"], formData, siteFormSchema, (actor, { siteId, ...input }) =>
    saveSite(actor, siteId, input),
  );
}

export async function saveRoomAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  return runOfficerAction(["roomId", "siteId", "name", "capacity"], formData, roomFormSchema, (actor, { roomId, ...input }) =>
    saveRoom(actor, roomId, input),
  );
}

export async function deleteSiteOrRoomAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runOfficerAction(["kind", "id"], formData, deleteSiteOrRoomSchema, async (actor, target) => {
    if (target.kind === "site") await deleteSite(actor, target.id);
    else await deleteRoom(actor, target.id);
    return undefined;
  });
}
