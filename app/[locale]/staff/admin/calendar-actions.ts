"use server";

import { toMessageKey } from "@/lib/i18n/known-key";
import type { MessageKey } from "@/lib/i18n/message-key";
import { getLocale } from "next-intl/server";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import {
  batchFormSchema,
  BATCH_FIELDS,
  feeSchema,
  feeTargetSchema,
  holidaySchema,
  holidayYearSchema,
  payeeSchema,
} from "@/lib/schemas/staff-admin-fields";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { parseHolidaySchedule } from "@/lib/domain/holiday-schedule";
import { isUuid } from "@/lib/domain/uuid";
import { isoDate } from "@/lib/schemas/fields";
import { deleteDraftBatch, saveBatch, setBatchPublished, type BatchWarning } from "@/lib/server/admin/manage-batches";
import {
  deleteHolidayOverride,
  setFee,
  setHolidayOverride,
  setHolidayYear,
  setPayee,
} from "@/lib/server/admin/manage-calendar-settings";
import { requireRole } from "@/lib/server/auth/session";
import { hiddenFields } from "@/lib/server/hidden-fields";

type Result = ActionResult<{ warnings?: MessageKey[] } | undefined>;

/** The admin pages; the public pages' cached copy is expired by the use case itself (ADR 088). */
function refresh() {
  revalidatePath("/[locale]/staff/admin", "layout");
}

/** `values`: what was submitted, so the form keeps it while the warnings wait for a confirmation. */
export type SaveBatchState = ActionResult<{ saved: boolean; warnings: BatchWarning[]; values?: Record<string, string> }>;

/** The id a one-button form or an edit form posts in a hidden input (unbound actions, ADR 133). */
function idOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * 三: create or edit one batch's nine dates; the order rules are lib/server/admin/batch-rules.ts.
 * A batch with warnings is saved only on a second submit carrying `confirm=true` (ADR 084).
 * Unbound (ADR 133): the batch edited is the hidden `batchId`, empty for a new one.
 */
export async function saveBatchAction(_previous: SaveBatchState | null, formData: FormData): Promise<SaveBatchState> {
  const id = idOf(formData, "batchId") || null;
  const values = formValues(formData, ["year", ...BATCH_FIELDS.filter((f) => f !== "year")]);
  if (id !== null && !isUuid(id)) return fail("staffAdmin.calendar.errors.notFound", {}, values);
  const parsed = batchFormSchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  let result: Awaited<ReturnType<typeof saveBatch>>;
  try {
    result = await saveBatch(await requireRole("ADMIN"), parsed.data, id, { confirm: formData.get("confirm") === "true" });
  } catch (error) {
    return actionFailure(error, values);
  }
  if (!result.saved) return succeed({ saved: false, warnings: result.warnings, values });
  refresh();
  // A new batch goes to its year's list, which shows every batch's warnings too.
  if (id === null)
    redirect({ href: { pathname: "/staff/admin", query: { year: String(parsed.data.year) } }, locale: await getLocale() });
  return succeed({ saved: true, warnings: result.warnings });
}

/** A draft entered by mistake; the year's drafts are renumbered (ADR 084). */
export async function deleteBatchAction(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    await deleteDraftBatch(await requireRole("ADMIN"), idOf(formData, "batchId"));
  } catch (error) {
    return actionFailure(error);
  }
  refresh();
  return succeed(undefined);
}

/** 六 八 九: a year's whole holiday schedule, pasted as published; the year then counts as known. */
export async function setHolidayYearAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["year", "schedule"]);
  const fields = holidayYearSchema.safeParse(values);
  if (!fields.success) return fail(null, zodFieldErrors(fields.error), values);
  const { year, schedule } = fields.data;
  const parsed = parseHolidaySchedule(schedule, year);
  if (!parsed.ok) {
    const [first] = parsed.errors;
    return fail(null, { schedule: [toMessageKey(`batchHousekeeping.schedule.${first?.key ?? "unreadable"}`)] }, values);
  }
  try {
    await setHolidayYear(await requireRole("ADMIN"), year, parsed.days);
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh();
  return succeed(undefined);
}

/** Publish (`published=true`) or withdraw the hidden `batchId`. */
export async function publishBatchAction(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    await setBatchPublished(await requireRole("ADMIN"), idOf(formData, "batchId"), formData.get("published") === "true");
  } catch (error) {
    return actionFailure(error);
  }
  refresh();
  return succeed(undefined);
}

export async function setHolidayAction(_previous: Result | null, formData: FormData): Promise<Result> {
  // The checkbox's "on" is kept too, so a refused post without JavaScript shows it still ticked.
  const values = formValues(formData, ["date", "note", "isWorkingDay"]);
  const parsed = holidaySchema.safeParse(values);
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await setHolidayOverride(await requireRole("ADMIN"), parsed.data);
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh();
  return succeed(undefined);
}

/** The hidden `date`'s override goes; the use case checks the day. */
export async function deleteHolidayAction(_previous: Result | null, formData: FormData): Promise<Result> {
  try {
    const actor = await requireRole("ADMIN");
    const date = isoDate.safeParse(idOf(formData, "date"));
    if (!date.success) return fail("errors.generic");
    await deleteHolidayOverride(actor, date.data);
  } catch (error) {
    return actionFailure(error);
  }
  refresh();
  return succeed(undefined);
}

/** 五: the fee of the hidden `projectSeq` (unbound, ADR 133). */
export async function setFeeAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["yuan"]);
  const target = hiddenFields(feeTargetSchema, formData);
  if (!target) return fail("errors.generic", {}, values);
  const parsed = feeSchema.safeParse({ projectSeq: target.projectSeq, yuan: values.yuan });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  try {
    await setFee(await requireRole("ADMIN"), parsed.data.projectSeq, parsed.data.yuan);
  } catch (error) {
    return actionFailure(error, values);
  }
  refresh();
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
  refresh();
  return succeed(undefined);
}
