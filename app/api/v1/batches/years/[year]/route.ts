import { z } from "zod";
import { publicBatchesAnswer } from "@/lib/server/catalog/public-api";
import { badRequest, publicJson } from "@/lib/server/http/json";

// Rendered once per year and kept like the public pages (ADR 050, 088): the tag of the calendar
// is attached, so a staff change shows at once on this instance, elsewhere within a minute.
export const dynamic = "force-static";
export const revalidate = 60;

const param = z.union([
  z.literal("all"),
  z.coerce.number({ error: "errors.date" }).int("errors.date").min(2000, "errors.date").max(2100, "errors.date"),
]);

/** GET /api/v1/batches?year=2025 (rewritten here by next.config.ts), or without a year ("all"). */
export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const parsed = param.safeParse((await params).year);
  if (!parsed.success) return badRequest({ year: ["errors.date"] });
  return publicJson(await publicBatchesAnswer(parsed.data === "all" ? undefined : parsed.data));
}
