"use server";

import { getLocale } from "next-intl/server";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import {
  institutionActiveSchema,
  institutionSchema,
  institutionTargetSchema,
  institutionUserTargetSchema,
  newInstitutionUserSchema,
  newStaffUserSchema,
  rolesSchema,
  userDisabledSchema,
  userTargetSchema,
} from "@/lib/schemas/staff-admin-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { saveInstitution, setInstitutionActive } from "@/lib/server/admin/manage-institutions";
import { createUser, resetSecondFactor, setStaffRoles, setUserDisabled } from "@/lib/server/admin/manage-users";
import { requireRole } from "@/lib/server/auth/session";
import { hiddenFields } from "@/lib/server/hidden-fields";

type Result = ActionResult<undefined>;

function refresh() {
  revalidatePath("/[locale]/staff/admin", "layout");
}

/** Runs one administration use case as the signed-in ADMIN; refusals become the form's error. */
async function asAdmin(
  run: (actor: Awaited<ReturnType<typeof requireRole>>) => Promise<unknown>,
  values: Record<string, string> = {},
): Promise<Result> {
  try {
    await run(await requireRole("ADMIN"));
  } catch (error) {
    return actionFailure(error, values);
  }
  // The public institution list's cached copy is expired by the use case itself (ADR 088).
  refresh();
  return succeed(undefined);
}

/*
 * Every action here is unbound (ADR 133: a bound action posted without JavaScript never answers):
 * the ids come from the form's hidden inputs, parsed with their schema before anything else.
 */

/** Creates (hidden `institutionId` empty) or changes an institution. */
export async function saveInstitutionAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["name", "address", "contacts"]);
  const target = hiddenFields(institutionTargetSchema, formData);
  if (!target) return fail("errors.generic", {}, values);
  const id = target.institutionId;
  const parsed = institutionSchema.safeParse({ ...values, projects: formData.getAll("projects") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  let savedId = id;
  const result = await asAdmin(async (actor) => {
    savedId = (await saveInstitution(actor, parsed.data, id)).id;
  }, values);
  if (result.ok && id === null && savedId) redirect({ href: `/staff/admin/institutions/${savedId}`, locale: await getLocale() });
  return result;
}

/** Switches the hidden `institutionId` on (`active=true`) or off. */
export async function setInstitutionActiveAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const target = hiddenFields(institutionActiveSchema, formData);
  if (!target) return fail("errors.generic");
  return asAdmin((actor) => setInstitutionActive(actor, target.institutionId, target.active));
}

/** A new account of the hidden `institutionId`. */
export async function createInstitutionUserAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["login", "displayName", "email"]);
  const target = hiddenFields(institutionUserTargetSchema, formData);
  if (!target) return fail("errors.generic", {}, values);
  const parsed = newInstitutionUserSchema.safeParse({ ...values, password: formData.get("password") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  return asAdmin(
    (actor) => createUser(actor, { kind: "INSTITUTION", institutionId: target.institutionId, ...parsed.data }),
    values,
  );
}

export async function createStaffUserAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["login", "displayName"]);
  const parsed = newStaffUserSchema.safeParse({ ...values, roles: formData.getAll("roles"), password: formData.get("password") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  return asAdmin((actor) => createUser(actor, { kind: "STAFF", ...parsed.data }), values);
}

/** The roles of the hidden `userId`. */
export async function setRolesAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const target = hiddenFields(userTargetSchema, formData);
  if (!target) return fail("errors.generic");
  const parsed = rolesSchema.safeParse({ roles: formData.getAll("roles") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error));
  return asAdmin((actor) => setStaffRoles(actor, target.userId, parsed.data.roles));
}

/** Switches the hidden `userId` off (`disabled=true`) or on. */
export async function setUserDisabledAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const target = hiddenFields(userDisabledSchema, formData);
  if (!target) return fail("errors.generic");
  return asAdmin((actor) => setUserDisabled(actor, target.userId, target.disabled, now()));
}

/** The hidden `userId` enrolls a second factor again. */
export async function resetSecondFactorAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const target = hiddenFields(userTargetSchema, formData);
  if (!target) return fail("errors.generic");
  return asAdmin((actor) => resetSecondFactor(actor, target.userId));
}
