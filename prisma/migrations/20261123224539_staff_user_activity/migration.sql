-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMPTZ,
ADD COLUMN     "lastSeenAt" TIMESTAMPTZ;
