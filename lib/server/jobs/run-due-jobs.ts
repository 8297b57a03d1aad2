import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import { now } from "@/lib/clock";
import { issueDueCertificates } from "@/lib/server/certificates/issue-due-certificates";
import { drainOutbox } from "@/lib/server/notifications/outbox";
import { sendDeadlineReminders } from "@/lib/server/notifications/reminders";
import { forfeitUnpaidApplications } from "./forfeit-unpaid";
import { lapseReturnedApplications } from "./lapse-returned";

export interface DueJobsReport {
  today: IsoDate;
  lapsed: number;
  forfeited: number;
}

/**
 * Every clock-driven job of the review and payment windows, for `today` (a Beijing day). Safe
 * to call as often as anyone likes: the start script every 10 minutes, POST /api/jobs/run, a
 * test with the clock moved. Each job changes an application once at most.
 */
export async function runDueJobs(today: IsoDate): Promise<DueJobsReport> {
  const lapsed = await lapseReturnedApplications(today);
  const forfeited = await forfeitUnpaidApplications(today);
  await issueDueCertificates(today, now()); // 九: once the results notice has ended (issue 12 item 8)
  // Reminders after the window jobs, so nobody is reminded of a window that just closed on them.
  await sendDeadlineReminders(today);
  await drainOutbox();
  return { today, lapsed: lapsed.changed, forfeited: forfeited.changed };
}
