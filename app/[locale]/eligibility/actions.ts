"use server";

import { z } from "zod";
import { fail, succeed, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/app-error";
import { eligibilitySchema } from "@/lib/schemas/eligibility-schema";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { checkEligibility, type EligibilityDto } from "@/lib/server/eligibility/check-eligibility";

/** Public self-check: no session needed, but the input is validated like any other action. */
export async function checkEligibilityAction(input: unknown): Promise<ActionResult<EligibilityDto>> {
  const today = todayInBeijing();
  const values = stringValues(input);
  const parsed = eligibilitySchema(today).safeParse(input);
  if (!parsed.success) return fail(null, z.flattenError(parsed.error).fieldErrors, values);
  try {
    return succeed(await checkEligibility(parsed.data, today));
  } catch (error) {
    if (error instanceof AppError) return fail(error.message, error.fieldErrors, values);
    throw error;
  }
}

function stringValues(input: unknown): Record<string, string> {
  if (typeof input !== "object" || input === null) return {};
  return Object.fromEntries(
    Object.entries(input).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]),
  );
}
