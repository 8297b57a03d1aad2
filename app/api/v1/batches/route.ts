import type { NextRequest } from "next/server";
import { z } from "zod";
import { publicBatchesAnswer } from "@/lib/server/catalog/public-api";
import { badRequest, errorResponse, json } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

const query = z.object({
  year: z.coerce.number({ error: "errors.date" }).int("errors.date").min(2000, "errors.date").max(2100, "errors.date").optional(),
});

/**
 * GET /api/v1/batches?year=2025: the calendar of section 三 with derived dates (六, 八, 九).
 * next.config.ts rewrites a four-digit year and no year at all to the kept route
 * `/api/v1/kept/batches-<year|all>` (ADR 088); this handler answers the rest (a bad year: 400)
 * and gives the same answer when called directly.
 */
export async function GET(request: NextRequest) {
  const year = request.nextUrl.searchParams.get("year");
  const parsed = query.safeParse({ year: year ?? undefined });
  if (!parsed.success) return badRequest(z.flattenError(parsed.error).fieldErrors);
  try {
    return json(await publicBatchesAnswer(parsed.data.year));
  } catch (error) {
    return errorResponse(error);
  }
}
