-- CreateEnum
CREATE TYPE "OtpPurpose" AS ENUM ('SIGNUP', 'CLAIM', 'PASSWORD_RESET', 'MOBILE_CHANGE', 'LOGIN');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "mobileVerifiedAt" TIMESTAMPTZ;

-- CreateTable
CREATE TABLE "OneTimeCode" (
    "id" UUID NOT NULL,
    "purpose" "OtpPurpose" NOT NULL,
    "subject" TEXT NOT NULL,
    "mobile" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMPTZ NOT NULL,
    "consumedAt" TIMESTAMPTZ,
    "createdAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "OneTimeCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsMessage" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "SmsMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountAppeal" (
    "id" UUID NOT NULL,
    "idNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contactMobile" TEXT NOT NULL,
    "idFrontFileId" UUID NOT NULL,
    "idBackFileId" UUID NOT NULL,
    "holdingFileId" UUID NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ,
    "decisionReason" TEXT,
    "grantedUserId" UUID,
    "disabledUserId" UUID,
    "createdAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "AccountAppeal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OneTimeCode_purpose_subject_createdAt_idx" ON "OneTimeCode"("purpose", "subject", "createdAt");

-- CreateIndex
CREATE INDEX "SmsMessage_to_createdAt_idx" ON "SmsMessage"("to", "createdAt");

-- CreateIndex
CREATE INDEX "AccountAppeal_status_createdAt_idx" ON "AccountAppeal"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AccountAppeal_idNumber_idx" ON "AccountAppeal"("idNumber");
