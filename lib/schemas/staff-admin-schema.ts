import { z } from "zod";
import { passwordField } from "./account-schema";
import { STAFF_ROLES } from "./staff-admin-fields";
import { notificationEmailField } from "./notification-email-schema";

export {
  BATCH_FIELDS,
  batchFormSchema,
  feeSchema,
  feeTargetSchema,
  holidaySchema,
  holidayYearSchema,
  institutionActiveSchema,
  institutionSchema,
  institutionTargetSchema,
  institutionUserTargetSchema,
  payeeSchema,
  returnReasonTargetSchema,
  rolesSchema,
  STAFF_ROLES,
  userDisabledSchema,
  userTargetSchema,
  type BatchForm,
  type InstitutionForm,
} from "./staff-admin-fields";

const loginField = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, "staffAdmin.users.loginInvalid");
const displayNameField = z.string().trim().min(2, "errors.required").max(30, "errors.tooLong");

/** A new account gets a temporary password the administrator hands over (ADR 013). */
export const newStaffUserSchema = z.object({
  login: loginField,
  displayName: displayNameField,
  roles: z.array(z.enum(STAFF_ROLES)).min(1, "staffAdmin.users.roleRequired"),
  password: passwordField,
});

/** An institution's account; its optional address receives the institution's messages (ADR 052). */
export const newInstitutionUserSchema = z.object({
  login: loginField,
  displayName: displayNameField,
  email: notificationEmailField,
  password: passwordField,
});
