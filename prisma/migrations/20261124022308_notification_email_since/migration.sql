-- AlterTable
-- The outbox mails a user the messages created from "emailSince" on, not the inbox's history
-- (ADR 052). Existing accounts start now: an address set by hand before this migration does not
-- bring a mail for every message already in that inbox.
ALTER TABLE "User" ADD COLUMN     "emailSince" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP;
