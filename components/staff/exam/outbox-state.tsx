import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { OutboxRowDto } from "@/lib/server/notifications/outbox";

import { formatDateTimeSeconds } from "@/lib/i18n/format";

const TONE = { waiting: "neutral", sending: "info", retrying: "warning", failed: "danger", sent: "success" } as const;

/** One email's state (ADR 045), and the mail server's reason whenever there is one. */
export async function OutboxState({ row, maxAttempts }: { row: OutboxRowDto; maxAttempts: number }) {
  const [t, locale] = await Promise.all([getTranslations("staffExam.outbox"), getLocale()]);
  const time = (iso: string) => formatDateTimeSeconds(iso, locale);
  const label = {
    waiting: () => t("waiting"),
    sending: () => t("sending", { attempts: row.attempts }),
    retrying: () =>
      t("retrying", { attempts: row.attempts, max: maxAttempts, time: row.nextAttemptAt ? time(row.nextAttemptAt) : "—" }),
    failed: () => t("failed", { attempts: row.attempts }),
    sent: () => t(row.lastError ? "sentPartly" : "sent", { time: row.sentAt ? time(row.sentAt) : "—" }),
  }[row.state]();
  return (
    <div className="flex flex-col items-start gap-1">
      <Badge tone={TONE[row.state]}>{label}</Badge>
      {row.state === "failed" ? <p className="text-slate-700">{t("failedWhatToDo")}</p> : null}
      {row.lastError ? <p className="text-xs break-all text-slate-600">{t("reason", { error: row.lastError })}</p> : null}
    </div>
  );
}
