-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "nextAttemptAt" TIMESTAMPTZ;

-- The former log-only mode counted an attempt without trying to send (ADR 024); those emails
-- were never offered to a server, so they start afresh instead of eating into the retry cap.
UPDATE "OutboxEmail" SET "attempts" = 0, "lastError" = NULL
WHERE "sentAt" IS NULL AND "lastError" LIKE '未安装邮件发送组件%';
