-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "notificationId" UUID;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "email" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEmail_notificationId_key" ON "OutboxEmail"("notificationId");
