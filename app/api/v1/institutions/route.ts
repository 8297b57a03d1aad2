import { listInstitutions } from "@/lib/server/catalog/list-institutions";
import { errorResponse, json } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/** GET /api/v1/institutions: 附件2, who may register which projects. */
export async function GET() {
  try {
    const institutions = await listInstitutions();
    return json(institutions.map((i) => ({ name: i.name, address: i.address, projects: i.projects.map((p) => p.seq) })));
  } catch (error) {
    return errorResponse(error);
  }
}
