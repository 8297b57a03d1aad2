-- CreateEnum
CREATE TYPE "InstitutionApplicationStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "InstitutionBodyKind" AS ENUM ('ENTERPRISE', 'SCHOOL', 'EVALUATION_ORG', 'SPEC_DEVELOPER', 'INDUSTRY_ASSOCIATION');

-- AlterTable
ALTER TABLE "InstitutionDocument" ADD COLUMN     "paperDeliveredBy" TEXT,
ADD COLUMN     "paperNotes" TEXT,
ADD COLUMN     "paperReceivedOn" DATE;

-- CreateTable
CREATE TABLE "InstitutionApplication" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "bodyKind" "InstitutionBodyKind" NOT NULL,
    "address" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactMobile" TEXT NOT NULL,
    "contactEmail" TEXT,
    "projectSeqs" INTEGER[],
    "documentFileIds" UUID[],
    "status" "InstitutionApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decisionReason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ,
    "institutionId" UUID,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "InstitutionApplication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InstitutionApplication_reference_key" ON "InstitutionApplication"("reference");

-- CreateIndex
CREATE INDEX "InstitutionApplication_status_createdAt_idx" ON "InstitutionApplication"("status", "createdAt");
