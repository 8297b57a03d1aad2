import { unstable_rethrow } from "next/navigation";
import { AppError } from "@/lib/app-error";
import { requireRole } from "@/lib/server/auth/session";
import { getCheckInPhoto } from "@/lib/server/exam/check-in";
import { fileResponse } from "@/lib/server/http/file-response";
import { errorResponse } from "@/lib/server/http/json";
import { fileStore } from "@/lib/server/storage/file-store";

export const dynamic = "force-dynamic";

/** GET: the candidate's photo for the check-in desk (七), for an <img>, never cached; a download if opened (issue 6). */
export async function GET(_request: Request, { params }: { params: Promise<{ applicationId: string }> }) {
  try {
    const actor = await requireRole("EXAM_OFFICER");
    const { applicationId } = await params;
    const photo = await getCheckInPhoto(actor, applicationId);
    const file = photo ? await fileStore.get(photo.fileId) : null;
    if (!file || (file.mime !== "image/jpeg" && file.mime !== "image/png"))
      throw new AppError("NOT_FOUND", "staffExam.errors.applicationNotFound");
    return fileResponse(file.bytes, file.mime, file.mime === "image/png" ? "photo.png" : "photo.jpg");
  } catch (error) {
    unstable_rethrow(error); // requireRole redirects staff without a second factor to enroll
    return errorResponse(error);
  }
}
