"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { markReadSchema } from "@/lib/schemas/inbox-schema";
import { notificationEmailSchema } from "@/lib/schemas/notification-email-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { setNotificationEmail, type NotificationEmailDto } from "@/lib/server/accounts/notification-email";
import { requireActor } from "@/lib/server/auth/session";
import { markNotificationsRead } from "@/lib/server/notifications/list-notifications";

/**
 * Marks one message (its id) or all of the reader's messages ("all") read. Unbound, the target in
 * a hidden input (ADR 133, 142); the use case only ever marks the reader's own messages.
 */
export async function markReadAction(
  _previous: ActionResult<{ marked: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ marked: number }>> {
  const values = formValues(formData, ["target"]);
  let marked: number;
  try {
    const actor = await requireActor();
    const parsed = markReadSchema.safeParse(values);
    if (!parsed.success) return fail("errors.generic", {}, values);
    const { target } = parsed.data;
    marked = await markNotificationsRead(actor, target === "all" ? "all" : [target], now());
  } catch (error) {
    return actionFailure(error);
  }
  revalidatePath("/[locale]/me", "layout");
  return succeed({ marked });
}

/** "同时发送到邮箱": the reader's own address; the 删除 button (`intent=remove`) sends none, whatever the field holds. */
export async function setNotificationEmailAction(
  _previous: ActionResult<NotificationEmailDto> | null,
  formData: FormData,
): Promise<ActionResult<NotificationEmailDto>> {
  const values = formValues(formData, ["email"]);
  let saved: NotificationEmailDto;
  try {
    const actor = await requireActor();
    const parsed = notificationEmailSchema.safeParse(formData.get("intent") === "remove" ? { email: "" } : values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    saved = await setNotificationEmail(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/me/inbox", "page");
  return succeed(saved);
}
