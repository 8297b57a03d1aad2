-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "subject" JSONB;

-- CreateTable
CREATE TABLE "HolidayYear" (
    "year" INTEGER NOT NULL,
    "completedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedById" UUID,

    CONSTRAINT "HolidayYear_pkey" PRIMARY KEY ("year")
);
