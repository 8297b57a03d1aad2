import { z } from "zod";
import { publicBatchesAnswer, publicInstitutionsAnswer, publicProjectsAnswer } from "@/lib/server/catalog/public-api";
import { badRequest, publicJson } from "@/lib/server/http/json";

// The public API's reads, rendered once per address and kept like the public pages (ADR 050,
// 088), with the catalog's tags attached: a staff change shows at once on this instance, on the
// others within a minute. next.config.ts rewrites the public addresses here:
//   /api/v1/projects → projects, /api/v1/institutions → institutions,
//   /api/v1/batches?year=2025 → batches-2025, /api/v1/batches → batches-all.
// A dynamic segment, so that nothing is rendered at build time (no database there).
export const dynamic = "force-static";
export const revalidate = 60;

const year = z.coerce.number().int().min(2000).max(2100);

/** GET of one kept public read; anything else is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ read: string }> }) {
  const { read } = await params;
  if (read === "projects") return publicJson(await publicProjectsAnswer());
  if (read === "institutions") return publicJson(await publicInstitutionsAnswer());
  if (read === "batches-all") return publicJson(await publicBatchesAnswer());
  const batches = /^batches-(\d{4})$/.exec(read);
  if (batches) {
    const parsed = year.safeParse(batches[1]);
    if (!parsed.success) return badRequest({ year: ["errors.date"] });
    return publicJson(await publicBatchesAnswer(parsed.data));
  }
  return new Response(null, { status: 404 });
}
