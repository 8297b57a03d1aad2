"use server";

import { revalidatePath } from "next/cache";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { notificationEmailSchema } from "@/lib/schemas/notification-email-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { setNotificationEmail, type NotificationEmailDto } from "@/lib/server/accounts/notification-email";
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

/** "同时发送到邮箱": the reader's own address; the "remove" button sends none, whatever the field holds. */
export async function setNotificationEmailAction(
  _previous: ActionResult<NotificationEmailDto> | null,
  formData: FormData,
): Promise<ActionResult<NotificationEmailDto>> {
  const values = formValues(formData, ["email"]);
  let saved: NotificationEmailDto;
  try {
    const actor = await requireActor();
    const parsed = notificationEmailSchema.safeParse(formData.get("remove") ? { email: "" } : values);
    if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
    saved = await setNotificationEmail(actor, parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  revalidatePath("/[locale]/me/inbox", "page");
  return succeed(saved);
}
