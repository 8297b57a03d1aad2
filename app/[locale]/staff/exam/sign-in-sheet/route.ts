import { unstable_rethrow } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getRoomSignInSheetPdf } from "@/lib/server/exam/sign-in-sheet";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";

export const dynamic = "force-dynamic";

/**
 * GET ?batch=&room=: the room's 签到册 PDF for the batch's exam day (ADR 048). The role is
 * checked here, not by the staff layout (which route handlers skip).
 */
export async function GET(request: Request) {
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const url = new URL(request.url);
    const { pdf, fileName } = await getRoomSignInSheetPdf(
      actor,
      url.searchParams.get("batch") ?? "",
      url.searchParams.get("room") ?? "",
    );
    return fileResponse(pdf, "application/pdf", fileName);
  } catch (error) {
    unstable_rethrow(error); // requireRole redirects staff without a second factor to enroll
    return errorResponse(error);
  }
}
