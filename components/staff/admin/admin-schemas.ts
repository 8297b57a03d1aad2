import { z } from "zod";
import { holidaySchema, holidayYearSchema, payeeSchema } from "@/lib/schemas/staff-admin-fields";

/**
 * The schemas an `AdminForm` checks its fields with in the browser (ADR 133), by name: a server
 * page cannot hand a zod object to a client component, so it names one. Each is the action's own
 * (browser-safe, lib/schemas/staff-admin-fields.ts). A form without one is checked by its action only.
 */
export const ADMIN_FORM_SCHEMAS = {
  holiday: holidaySchema,
  holidayYear: holidayYearSchema,
  payee: payeeSchema,
} as const;

export type AdminSchemaName = keyof typeof ADMIN_FORM_SCHEMAS;

/** No field to check in the browser: a one-button form, or a form whose action alone checks. */
export const NO_BROWSER_CHECK = z.looseObject({});
