"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { deleteSiteOrRoomSchema, roomFormSchema, siteFormSchema } from "@/lib/schemas/staff-exam-forms";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { requireRole, type Actor } from "@/lib/server/auth/session";
import { deleteRoom, deleteSite, saveRoom, saveSite } from "@/lib/server/exam/manage-sites";

/**
 * 七 考点与考场: the exam officer's CRUD. Each action checks the role itself (style.md "Avoid").
 * Unbound (ADR 133, vercel/next.js#57867): the site's or room's id travels in a hidden input
 * (empty for a new one) and is checked by the form's schema.
 */
async function run<S extends z.ZodType, T>(
  names: readonly string[],
  formData: FormData,
  schema: S,
  call: (actor: Actor, input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const values = formValues(formData, names);
  let result: T;
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const parsed = schema.safeParse(values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    result = await call(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/staff", "layout");
  return succeed(result);
}

export async function saveSiteAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  return run(["siteId", "name", "address"], formData, siteFormSchema, (actor, { siteId, ...input }) =>
    saveSite(actor, siteId, input),
  );
}

export async function saveRoomAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  return run(["roomId", "siteId", "name", "capacity"], formData, roomFormSchema, (actor, { roomId, ...input }) =>
    saveRoom(actor, roomId, input),
  );
}

export async function deleteSiteOrRoomAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return run(["kind", "id"], formData, deleteSiteOrRoomSchema, async (actor, target) => {
    if (target.kind === "site") await deleteSite(actor, target.id);
    else await deleteRoom(actor, target.id);
    return undefined;
  });
}
