import type { NextRequest } from "next/server";
import { z } from "zod";
import { listBatches } from "@/lib/server/catalog/list-batches";
import { badRequest, errorResponse, json } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

const query = z.object({
  year: z.coerce.number({ error: "errors.date" }).int("errors.date").min(2000, "errors.date").max(2100, "errors.date").optional(),
});

/** GET /api/v1/batches?year=2025: the calendar of section 三 with derived dates (六, 八, 九). */
export async function GET(request: NextRequest) {
  const year = request.nextUrl.searchParams.get("year");
  const parsed = query.safeParse({ year: year ?? undefined });
  if (!parsed.success) return badRequest(z.flattenError(parsed.error).fieldErrors);
  try {
    const batches = await listBatches(parsed.data.year);
    return json(
      batches.map((b) => ({
        seq: b.seq,
        year: b.year,
        registration: b.registration,
        review: b.review,
        payment: b.payment,
        ticket: b.ticket,
        examDate: b.examDate,
        derived: b.derived,
      })),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
