"use server";

import { getLocale, getTranslations } from "next-intl/server";
import { conditionText, projectName } from "@/lib/domain/catalog/names";
import { markedFailureText } from "@/lib/i18n/marked-text";
import { zodFieldErrors } from "@/lib/server/zod-field-errors";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";
import { eligibilitySchema } from "@/lib/schemas/eligibility-schema";
import { actionFailure, formValues } from "@/lib/server/action-failure";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { checkEligibility, type EligibilityDto } from "@/lib/server/eligibility/check-eligibility";

const FIELDS = ["project", "condition", "idNumber", "birthDate", "education", "major", "occupation"] as const;

/**
 * Public self-check: no session needed, but the input is validated like any other action. A plain
 * form post (works before JavaScript loads); the schema runs here only, so the page ships no zod
 * and no form library (ADR 050).
 */
export async function checkEligibilityAction(
  _previous: ActionResult<EligibilityDto> | null,
  formData: FormData,
): Promise<ActionResult<EligibilityDto>> {
  if (!(formData instanceof FormData)) return fail("errors.generic");
  const today = todayInBeijing();
  const values = formValues(formData, FIELDS);
  const graduatingThisYear = formData.get("graduatingThisYear") === "true";
  const parsed = eligibilitySchema(today).safeParse({ ...values, graduatingThisYear });
  const kept = { ...values, graduatingThisYear: String(graduatingThisYear) };
  if (!parsed.success) return fail(null, zodFieldErrors(parsed.error), kept);
  try {
    const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
    const result = await checkEligibility(parsed.data, today, (reason) => markedFailureText(t, reason));
    // The catalog's names in the reader's language (ADR 123): the result is shown as it arrives.
    return succeed({
      ...result,
      project: { ...result.project, name: projectName(result.project.name, locale) },
      conditions: result.conditions.map((c) => ({ ...c, text: conditionText(c.text, locale) })),
    });
  } catch (error) {
    if (error instanceof AppError) return actionFailure(error, kept);
    throw error;
  }
}
