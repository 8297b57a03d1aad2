import { timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/app-error";
import { now } from "@/lib/clock";
import { shanghaiDate } from "@/lib/domain/calendar";
import { requireRole } from "@/lib/server/auth/session";
import { errorResponse, json } from "@/lib/server/http/json";
import { sweepArchiveUploads } from "@/lib/server/institution/archive/sweep-archive-uploads";
import { runDueJobs } from "@/lib/server/jobs/run-due-jobs";

export const dynamic = "force-dynamic";

/**
 * Runs the window jobs (lapse, forfeit) for today by the portal's clock. For a scheduler: the
 * header `x-job-token` must equal PORTAL_JOB_TOKEN (unset: no token works); for a person: an
 * ADMIN session. POST only, so a link or a prefetch never runs it.
 */
export async function POST(request: Request) {
  try {
    if (!tokenMatches(request.headers.get("x-job-token"))) await requireRole("ADMIN");
    const report = await runDueJobs(shanghaiDate(now()));
    // Resumable archives (ADR 108): abandoned uploads, old reports, imports a restart left.
    await sweepArchiveUploads(now());
    return json(report);
  } catch (error) {
    return errorResponse(error instanceof AppError || !isRedirect(error) ? error : new AppError("FORBIDDEN", "errors.forbidden"));
  }
}

function tokenMatches(given: string | null): boolean {
  const expected = process.env.PORTAL_JOB_TOKEN;
  if (!expected || expected.length < 16 || !given) return false;
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/** requireRole redirects a staff user without a second factor; here that is just a refusal. */
function isRedirect(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && String(error.digest).startsWith("NEXT_REDIRECT");
}
