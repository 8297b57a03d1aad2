-- CreateEnum
CREATE TYPE "CorrectionField" AS ENUM ('NAME', 'ID_NUMBER', 'MOBILE');

-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "CorrectionRequest" (
    "id" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "field" "CorrectionField" NOT NULL,
    "requestedValue" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "evidenceFileId" UUID,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'PENDING',
    "answer" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CorrectionRequest_status_createdAt_idx" ON "CorrectionRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectionRequest_candidateId_idx" ON "CorrectionRequest"("candidateId");
