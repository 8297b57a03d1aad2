import "server-only";
import type { IsoDate } from "@/lib/domain/types";
import { now } from "@/lib/clock";
import { issueDueCertificates } from "@/lib/server/certificates/issue-due-certificates";
import { drainOutbox } from "@/lib/server/notifications/outbox";
import { sendDeadlineReminders } from "@/lib/server/notifications/reminders";
import { escalateUndecided } from "./escalate-undecided";
import { expireUndecidedApplications } from "./expire-undecided";
import { forfeitUnpaidApplications } from "./forfeit-unpaid";
import { lapseDrafts } from "./lapse-drafts";
import { lapseReturnedApplications } from "./lapse-returned";
import { applyRetention } from "./retention";

export interface DueJobsReport {
  today: IsoDate;
  lapsed: number;
  forfeited: number;
  draftsLapsed: number;
  undecidedCancelled: number;
}

/**
 * Every clock-driven job of the review and payment windows, for `today` (a Beijing day). Safe
 * to call as often as anyone likes: the start script every 10 minutes, POST /api/jobs/run, a
 * test with the clock moved. Each job changes an application once at most.
 */
export async function runDueJobs(today: IsoDate): Promise<DueJobsReport> {
  // Each moves what the rule table says is due (lib/domain/window-rules `dueClockEvent`).
  const draftsLapsed = await lapseDrafts(today);
  const lapsed = await lapseReturnedApplications(today);
  const undecided = await expireUndecidedApplications(today);
  await escalateUndecided(today);
  const forfeited = await forfeitUnpaidApplications(today);
  await issueDueCertificates(today, now()); // 九: once the results notice has ended (issue 12 item 8)
  // Reminders after the window jobs, so nobody is reminded of a window that just closed on them.
  await sendDeadlineReminders(today);
  await drainOutbox();
  await applyRetention(today); // issue 11: the retention schedule (ADR 061)
  return {
    today,
    lapsed: lapsed.changed,
    forfeited: forfeited.changed,
    draftsLapsed: draftsLapsed.changed,
    undecidedCancelled: undecided.changed,
  };
}
