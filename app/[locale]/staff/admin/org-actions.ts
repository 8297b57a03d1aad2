"use server";

import { getLocale } from "next-intl/server";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { revalidatePath } from "next/cache";
import { redirect } from "@/i18n/navigation";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { now } from "@/lib/clock";
import { institutionSchema, newInstitutionUserSchema, newStaffUserSchema, rolesSchema } from "@/lib/schemas/staff-admin-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { saveInstitution, setInstitutionActive } from "@/lib/server/admin/manage-institutions";
import { createUser, resetSecondFactor, setStaffRoles, setUserDisabled } from "@/lib/server/admin/manage-users";
import { requireRole } from "@/lib/server/auth/session";

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

export async function saveInstitutionAction(id: string | null, _previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["name", "address", "contacts"]);
  const parsed = institutionSchema.safeParse({ ...values, projects: formData.getAll("projects") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  let savedId = id;
  const result = await asAdmin(async (actor) => {
    savedId = (await saveInstitution(actor, parsed.data, id)).id;
  }, values);
  if (result.ok && id === null && savedId) redirect({ href: `/staff/admin/institutions/${savedId}`, locale: await getLocale() });
  return result;
}

export async function setInstitutionActiveAction(id: string, active: boolean): Promise<Result> {
  return asAdmin((actor) => setInstitutionActive(actor, id, active));
}

export async function createInstitutionUserAction(
  institutionId: string,
  _previous: Result | null,
  formData: FormData,
): Promise<Result> {
  const values = formValues(formData, ["login", "displayName", "email"]);
  const parsed = newInstitutionUserSchema.safeParse({ ...values, password: formData.get("password") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  return asAdmin((actor) => createUser(actor, { kind: "INSTITUTION", institutionId, ...parsed.data }), values);
}

export async function createStaffUserAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const values = formValues(formData, ["login", "displayName"]);
  const parsed = newStaffUserSchema.safeParse({ ...values, roles: formData.getAll("roles"), password: formData.get("password") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), values);
  return asAdmin((actor) => createUser(actor, { kind: "STAFF", ...parsed.data }), values);
}

export async function setRolesAction(userId: string, _previous: Result | null, formData: FormData): Promise<Result> {
  const parsed = rolesSchema.safeParse({ roles: formData.getAll("roles") });
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error));
  return asAdmin((actor) => setStaffRoles(actor, userId, parsed.data.roles));
}

export async function setUserDisabledAction(userId: string, disabled: boolean): Promise<Result> {
  return asAdmin((actor) => setUserDisabled(actor, userId, disabled, now()));
}

export async function resetSecondFactorAction(userId: string): Promise<Result> {
  return asAdmin((actor) => resetSecondFactor(actor, userId));
}
