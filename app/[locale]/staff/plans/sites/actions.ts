"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { roomSchema, siteSchema } from "@/lib/schemas/exam-site-schema";
import { formValues } from "@/lib/server/action-failure";
import { requireRole } from "@/lib/server/auth/session";
import { deleteRoom, deleteSite, saveRoom, saveSite } from "@/lib/server/exam/manage-sites";
import { actionFailure } from "@/lib/server/action-failure";

/** 七 考点与考场: the exam officer's CRUD. Each action checks the role itself (style.md "Avoid"). */
export async function saveSiteAction(
  siteId: string | null,
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const values = formValues(formData, ["name", "address"]);
  let result: { id: string };
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = siteSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    result = await saveSite(actor, siteId, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(result);
}

export async function saveRoomAction(
  roomId: string | null,
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const values = formValues(formData, ["siteId", "name", "capacity"]);
  let result: { id: string };
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = roomSchema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    result = await saveRoom(actor, roomId, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(result);
}

export async function deleteSiteOrRoomAction(
  target: { kind: "site" | "room"; id: string },
  _previous: ActionResult | null,
): Promise<ActionResult> {
  try {
    const actor = await requireRole("EXAM_OFFICER");
    if (target.kind === "site") await deleteSite(actor, target.id);
    else await deleteRoom(actor, target.id);
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(undefined);
}
