-- AlterTable
ALTER TABLE "ApplicationEvent" ADD COLUMN     "noteKey" TEXT,
ADD COLUMN     "noteParams" JSONB;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "messageKey" TEXT,
ADD COLUMN     "messageParams" TEXT;
