"use server";

import type { MessageKey } from "@/lib/i18n/message-key";
import { getLocale } from "next-intl/server";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { batchFormSchema, BATCH_FIELDS, feeSchema, holidaySchema, payeeSchema } from "@/lib/schemas/staff-admin-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { saveBatch, setBatchPublished } from "@/lib/server/admin/manage-batches";
import { deleteHolidayOverride, setFee, setHolidayOverride, setPayee } from "@/lib/server/admin/manage-calendar-settings";
import { requireRole } from "@/lib/server/auth/session";
import { CATALOG_TAGS } from "@/lib/server/catalog/catalog-tags";

type Result = ActionResult<{ warnings?: MessageKey[] } | undefined>;

/** The admin pages, and the public pages' cached copy of what changed (ADR 050). */
function refresh(changed: (typeof CATALOG_TAGS)[keyof typeof CATALOG_TAGS] | null) {
  revalidatePath("/[locale]/staff/admin", "layout");
  if (changed) updateTag(changed);
}

/** 三: create or edit one batch's nine dates; the order rules are lib/server/admin/batch-rules.ts. */
export async function saveBatchAction(id: string | null, _previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["year", ...BATCH_FIELDS.filter((f) => f !== "year")]);
  const parsed = batchFormSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  let warnings: MessageKey[];
  try {
    warnings = (await saveBatch(await requireRole("ADMIN"), parsed.data, id)).warnings;
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh(CATALOG_TAGS.calendar);
  // A new batch goes to its year's list, which shows every batch's warnings too.
  if (id === null)
    redirect({ href: { pathname: "/staff/admin", query: { year: String(parsed.data.year) } }, locale: await getLocale() });
  return succeed({ warnings });
}

export async function publishBatchAction(id: string, published: boolean): Promise<Result> {
  try {
    await setBatchPublished(await requireRole("ADMIN"), id, published);
  } catch (error) {
    return actionFailure(error);
  }
  refresh(CATALOG_TAGS.calendar);
  return succeed(undefined);
}

export async function setHolidayAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["date", "note"]);
  const parsed = holidaySchema.safeParse({ ...values, isWorkingDay: formData.get("isWorkingDay") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await setHolidayOverride(await requireRole("ADMIN"), parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh(CATALOG_TAGS.calendar);
  return succeed(undefined);
}

export async function deleteHolidayAction(date: string): Promise<Result> {
  try {
    await deleteHolidayOverride(await requireRole("ADMIN"), date);
  } catch (error) {
    return actionFailure(error);
  }
  refresh(CATALOG_TAGS.calendar);
  return succeed(undefined);
}

export async function setFeeAction(projectSeq: number, _previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["yuan"]);
  const parsed = feeSchema.safeParse({ projectSeq, yuan: values.yuan });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await setFee(await requireRole("ADMIN"), parsed.data.projectSeq, parsed.data.yuan);
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh(CATALOG_TAGS.projects);
  return succeed(undefined);
}

export async function setPayeeAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["name", "account", "bank"]);
  const parsed = payeeSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await setPayee(await requireRole("ADMIN"), parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh(null);
  return succeed(undefined);
}
