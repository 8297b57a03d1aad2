import type { NextRequest } from "next/server";
import { AppError } from "@/lib/app-error";
import { z } from "zod";
import { eligibilitySchema } from "@/lib/schemas/eligibility-schema";
import { todayInBeijing } from "@/lib/server/calendar/get-calendar-today";
import { checkEligibility } from "@/lib/server/eligibility/check-eligibility";
import { badRequest, errorResponse, json } from "@/lib/server/http/json";
import { BodyTooLarge, bodyTooLargeResponse, readJsonCapped } from "@/lib/server/http/read-body";

export const dynamic = "force-dynamic";

/** One applicant's answers are a few hundred bytes (issue 10: read no more than this, no deeper). */
const MAX_BODY_BYTES = 16 * 1024;
const MAX_DEPTH = 8;

/** POST /api/v1/eligibility: 附件1's rule for one applicant; 400 with field errors on bad input. */
export async function POST(request: NextRequest) {
  let body: unknown;
  try {
    body = await readJsonCapped(request, MAX_BODY_BYTES, MAX_DEPTH);
  } catch (error) {
    if (error instanceof BodyTooLarge) return bodyTooLargeResponse(error.limitBytes);
    if (error instanceof AppError) return badRequest({ body: [error.message] });
    throw error;
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
