-- CreateTable
CREATE TABLE "TicketPdf" (
    "id" TEXT NOT NULL,
    "versionKey" TEXT NOT NULL,
    "fileId" UUID NOT NULL,
    "renderedAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "TicketPdf_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TicketPdf_fileId_key" ON "TicketPdf"("fileId");

-- AddForeignKey
ALTER TABLE "TicketPdf" ADD CONSTRAINT "TicketPdf_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
