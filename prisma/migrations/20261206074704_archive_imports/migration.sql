-- CreateEnum
CREATE TYPE "ArchiveImportStatus" AS ENUM ('UPLOADING', 'QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "ArchiveImport" (
    "id" TEXT NOT NULL,
    "institutionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "size" INTEGER NOT NULL,
    "status" "ArchiveImportStatus" NOT NULL DEFAULT 'UPLOADING',
    "entriesTotal" INTEGER NOT NULL DEFAULT 0,
    "entriesDone" INTEGER NOT NULL DEFAULT 0,
    "report" TEXT,
    "errorKey" TEXT,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArchiveImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArchiveImport_institutionId_createdAt_idx" ON "ArchiveImport"("institutionId", "createdAt");

-- CreateIndex
CREATE INDEX "ArchiveImport_status_updatedAt_idx" ON "ArchiveImport"("status", "updatedAt");
