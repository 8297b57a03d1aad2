/**
 * The administration forms' fields (ADR 133): browser-safe, so the forms check them as the person
 * types with the same schema the actions parse with. The account forms, which need the server-only
 * password strength check, are in staff-admin-schema.ts.
 */
import { z } from "zod";
import { parseYuan } from "@/lib/domain/payment";
import { isUuid } from "@/lib/domain/uuid";
import { isoDate, optionalText } from "./fields";

const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** 三: the nine dates of one batch; the order rules are lib/server/admin/batch-rules.ts. */
export const batchFormSchema = z.object({
  year: z.coerce
    .number({ error: "staffAdmin.calendar.errors.year" })
    .int()
    .min(2024, "staffAdmin.calendar.errors.year")
    .max(2100, "staffAdmin.calendar.errors.year"),
  registrationStart: isoDate,
  registrationEnd: isoDate,
  reviewStart: isoDate,
  reviewEnd: isoDate,
  paymentStart: isoDate,
  paymentEnd: isoDate,
  ticketStart: isoDate,
  ticketEnd: isoDate,
  examDate: isoDate,
});
export type BatchForm = z.infer<typeof batchFormSchema>;
export const BATCH_FIELDS = Object.keys(batchFormSchema.shape) as (keyof BatchForm)[];

/** 六 八 九: a year's holiday schedule as published, pasted; the schedule's lines are parsed by the action. */
export const holidayYearSchema = z.object({
  year: z.coerce
    .number({ error: "staffAdmin.calendar.errors.year" })
    .int("staffAdmin.calendar.errors.year")
    .min(2024, "staffAdmin.calendar.errors.year")
    .max(2100, "staffAdmin.calendar.errors.year"),
  schedule: z.string().trim().min(1, "batchHousekeeping.schedule.noHoliday"),
});

/** 六 八 九 count working days: a holiday or make-up working day the package does not know yet. */
export const holidaySchema = z.object({
  date: isoDate,
  isWorkingDay: checkbox,
  note: optionalText(60),
});

/** Fees in yuan as typed, stored in fen (integers, never floats). */
export const feeSchema = z.object({
  projectSeq: z.coerce.number().int().min(1).max(99),
  yuan: z.string().transform((v, ctx) => {
    const fen = parseYuan(v);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: "staffAdmin.fees.invalid" });
      return z.NEVER;
    }
    return fen;
  }),
});

/** 五: what every receipt must show (收款人名称、收款人账号). */
export const payeeSchema = z.object({
  name: z.string().trim().min(2, "errors.required").max(60, "errors.tooLong"),
  account: z
    .string()
    .trim()
    .regex(/^[\d ]{6,40}$/, "staffAdmin.payee.accountInvalid")
    .transform((v) => v.replace(/\s+/g, " ")),
  bank: optionalText(60),
});

/** Contacts as typed in a textarea: one "name phone" per line. */
const contactsField = z.string().transform((text, ctx) => {
  const contacts = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(.+?)[\s,，:：]+([\d\-+ ]{7,20})$/.exec(line);
      return m ? { name: m[1]!.trim(), phone: m[2]!.trim() } : null;
    });
  if (contacts.some((c) => c === null)) {
    ctx.addIssue({ code: "custom", message: "staffAdmin.institutions.contactsInvalid" });
    return z.NEVER;
  }
  return contacts as { name: string; phone: string }[];
});

export const institutionSchema = z.object({
  name: z.string().trim().min(2, "errors.required").max(60, "errors.tooLong"),
  address: z.string().trim().min(2, "errors.required").max(120, "errors.tooLong"),
  contacts: contactsField,
  projects: z.array(z.coerce.number().int().min(1).max(99)).max(99),
});
export type InstitutionForm = z.infer<typeof institutionSchema>;

export const STAFF_ROLES = ["REVIEWER", "FINANCE", "EXAM_OFFICER", "ADMIN", "AUDITOR"] as const;

export const rolesSchema = z.object({ roles: z.array(z.enum(STAFF_ROLES)).min(1, "staffAdmin.users.roleRequired") });

/**
 * The ids an administration form posts in hidden inputs (unbound actions, ADR 133: a bound action
 * posted without JavaScript never answers). The action parses them first; a malformed id is refused
 * before a query (the use case still answers NOT_FOUND for a well-formed id it does not know).
 */
const hiddenId = z.string().refine(isUuid, "errors.generic");
/** Empty for a new record (the "new" forms), else the record's id. */
const hiddenIdOrNew = z.union([z.literal("").transform(() => null), hiddenId]);
/** The state a one-button form switches to: "true" or "false". */
const hiddenFlag = z.enum(["true", "false"], { error: "errors.generic" }).transform((v) => v === "true");

/** 五: the project whose fee the form sets. */
export const feeTargetSchema = z.object({ projectSeq: z.coerce.number({ error: "errors.generic" }).int().min(1).max(99) });
/** An institution edited (`institutionId`), or a new one (empty). */
export const institutionTargetSchema = z.object({ institutionId: hiddenIdOrNew });
/** An institution switched on (`active=true`) or off. */
export const institutionActiveSchema = z.object({ institutionId: hiddenId, active: hiddenFlag });
/** The institution a new account belongs to. */
export const institutionUserTargetSchema = z.object({ institutionId: hiddenId });
/** The account whose roles are set or whose second factor is reset. */
export const userTargetSchema = z.object({ userId: hiddenId });
/** An account switched off (`disabled=true`) or on. */
export const userDisabledSchema = z.object({ userId: hiddenId, disabled: hiddenFlag });
/** A ready-made return reason edited (`reasonId`), or a new one (empty). */
export const returnReasonTargetSchema = z.object({ reasonId: hiddenIdOrNew });
