-- CreateTable
CREATE TABLE "RosterUpload" (
    "id" UUID NOT NULL,
    "institutionId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "uploadedById" UUID NOT NULL,
    "originalName" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "validCount" INTEGER NOT NULL,
    "submittedAt" TIMESTAMPTZ,
    "storedCount" INTEGER,
    "storedLines" INTEGER[],
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RosterUpload_institutionId_createdAt_idx" ON "RosterUpload"("institutionId", "createdAt");
