import { randomBytes } from "node:crypto";

const INTERVAL_MS = 10 * 60 * 1000;

/**
 * The window jobs (lapse, forfeit, reminders) run inside the app, through POST /api/jobs/run
 * with a token only this process and the app share. Each job is idempotent, so two instances
 * doing the same, or a restart in the middle, change nothing twice.
 */
export function jobToken(): string {
  return process.env.PORTAL_JOB_TOKEN ?? randomBytes(24).toString("base64url");
}

export function scheduleJobs(port: string, token: string): () => void {
  const run = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/jobs/run`, {
        method: "POST",
        headers: { "x-job-token": token },
      });
      if (!response.ok) console.warn(`[jobs] /api/jobs/run answered ${response.status}`);
    } catch {
      // The app is still starting or already stopping: the next tick tries again.
    }
  };
  const first = setTimeout(() => void run(), 15_000);
  const timer = setInterval(() => void run(), INTERVAL_MS);
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
