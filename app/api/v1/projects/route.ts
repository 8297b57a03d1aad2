import { listProjects } from "@/lib/server/catalog/list-projects";
import { errorResponse, json } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/** GET /api/v1/projects: the 21 projects of 附件1 with their conditions. Public. */
export async function GET() {
  try {
    const projects = await listProjects();
    return json(
      projects.map((p) => ({
        seq: p.seq,
        name: p.name,
        conditions: p.conditions.map((c) => ({
          code: c.code,
          text: c.text,
          minEducation: c.minEducation,
          needsEvidence: c.needsEvidence,
        })),
      })),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
