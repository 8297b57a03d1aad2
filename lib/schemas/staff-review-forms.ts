import { z } from "zod";
import { approveSchema, rejectSchema, RETURN_REASON_KEYS, type ReturnReasonKey } from "./staff-review-schema";

/**
 * The review screen's forms as the browser and the action both parse them (ADR 133, 140): the
 * application's id and the version the reviewer saw travel in hidden inputs (unbound actions).
 */
const applicationId = z.uuid("staffReview.errors.stale");

export const approveFormSchema = approveSchema.extend({ applicationId });

export const rejectFormSchema = rejectSchema.extend({ applicationId });

/** A return reason's own words for one field (`reason_condition`, …): flat names, so react-hook-form keeps them flat. */
export const reasonField = <K extends ReturnReasonKey>(key: K) => `reason_${key}` as const;
/** The ready-made reasons ticked for one field (`pick_condition`, …): their ids (issue 16 item 10). */
export const pickField = <K extends ReturnReasonKey>(key: K) => `pick_${key}` as const;

const ownWords = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().trim().max(300, "errors.tooLong"));

/** Ticked checkboxes: FormData's list on the server; react-hook-form's value (array, one value or false) in the browser. */
const picked = z.preprocess(
  (v): unknown[] => (Array.isArray(v) ? (v as unknown[]) : typeof v === "string" && v !== "" ? [v] : []),
  z.array(z.string().max(64)).max(20),
);

type ReasonShape = { [K in ReturnReasonKey as `reason_${K}`]: typeof ownWords } & {
  [K in ReturnReasonKey as `pick_${K}`]: typeof picked;
};
const reasonShape = Object.fromEntries(
  RETURN_REASON_KEYS.flatMap((key) => [
    [reasonField(key), ownWords],
    [pickField(key), picked],
  ]),
) as ReasonShape;

/**
 * 退回修改 as ONE form (ADR 140): per field, the ticked ready-made reasons and the reviewer's own
 * words; at least one of them somewhere. The refusal sits on the first field's own words, so the
 * browser focuses it and a post without JavaScript shows it there. The action then composes the
 * ready texts (server data) with the words and checks the result with `returnSchema`.
 */
export const returnFormSchema = z
  .object({ applicationId, version: approveSchema.shape.version, ...reasonShape })
  .superRefine((values, ctx) => {
    const given = RETURN_REASON_KEYS.some((key) => values[reasonField(key)].length > 0 || values[pickField(key)].length > 0);
    if (!given)
      ctx.addIssue({ code: "custom", path: [reasonField(RETURN_REASON_KEYS[0])], message: "staffReview.errors.reasonRequired" });
  });
export type ReturnFormData = z.output<typeof returnFormSchema>;

/** The return form's values as the FormData carries them (own words one string, picks a list). */
export function returnFormValues(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {
    applicationId: formData.get("applicationId"),
    version: formData.get("version"),
  };
  for (const key of RETURN_REASON_KEYS) {
    values[reasonField(key)] = formData.get(reasonField(key));
    values[pickField(key)] = formData.getAll(pickField(key)).map(String);
  }
  return values;
}

/**
 * Bulk approve: the ticked rows are the server-rendered queue's checkboxes (`item` = `id:version`),
 * outside react-hook-form; the action checks them with `bulkApproveSchema` (ADR 140).
 */
export const bulkApproveFormSchema = z.object({});
