import { requireCandidate } from "@/lib/server/auth/session";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { exportMyData } from "@/lib/server/rights/export-my-data";

export const dynamic = "force-dynamic";

/** POST (a form's button, never a prefetched link): the candidate's own data as a zip (issue 11, PIPL art. 45). */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const actor = await requireCandidate();
    const { zip, fileName } = await exportMyData(actor);
    return fileResponse(zip, "application/zip", fileName);
  } catch (error) {
    return errorResponse(error);
  }
}
