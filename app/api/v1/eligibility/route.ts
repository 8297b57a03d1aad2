import type { NextRequest } from "next/server";
import { z } from "zod";
import { eligibilitySchema } from "@/lib/schemas/eligibility-schema";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { checkEligibility } from "@/lib/server/eligibility/check-eligibility";
import { badRequest, errorResponse, json } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/** POST /api/v1/eligibility: 附件1's rule for one applicant; 400 with field errors on bad input. */
export async function POST(request: NextRequest) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return badRequest({ body: ["errors.generic"] });
  }
  const today = todayInBeijing();
  const parsed = eligibilitySchema(today).safeParse(body);
  if (!parsed.success) return badRequest(z.flattenError(parsed.error).fieldErrors);
  try {
    const outcome = await checkEligibility(parsed.data, today);
    return json({ result: outcome.result, reasons: outcome.reasons, conditions: outcome.conditions });
  } catch (error) {
    return errorResponse(error);
  }
}
