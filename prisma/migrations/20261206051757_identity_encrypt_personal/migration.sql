-- DropIndex
DROP INDEX "AccountAppeal_idNumber_idx";

-- DropIndex
DROP INDEX "OneTimeCode_purpose_subject_createdAt_idx";

-- DropIndex
DROP INDEX "SmsMessage_to_createdAt_idx";

-- AlterTable
ALTER TABLE "AccountAppeal" ADD COLUMN     "idNumberHash" TEXT;

-- AlterTable
ALTER TABLE "OneTimeCode" ADD COLUMN     "subjectHash" TEXT;

-- AlterTable
ALTER TABLE "SmsMessage" ADD COLUMN     "toHash" TEXT;

-- CreateIndex
CREATE INDEX "AccountAppeal_idNumberHash_idx" ON "AccountAppeal"("idNumberHash");

-- CreateIndex
CREATE INDEX "OneTimeCode_purpose_subjectHash_createdAt_idx" ON "OneTimeCode"("purpose", "subjectHash", "createdAt");

-- CreateIndex
CREATE INDEX "SmsMessage_toHash_createdAt_idx" ON "SmsMessage"("toHash", "createdAt");
