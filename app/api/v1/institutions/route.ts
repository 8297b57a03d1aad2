import { publicInstitutionsAnswer } from "@/lib/server/catalog/public-api";
import { publicJson } from "@/lib/server/http/json";

// Rendered once and kept like the public pages, tagged (ADR 050, 088).
export const dynamic = "force-static";
export const revalidate = 60;

/** GET /api/v1/institutions: 附件2, who may register which projects. */
export async function GET() {
  return publicJson(await publicInstitutionsAnswer());
}
