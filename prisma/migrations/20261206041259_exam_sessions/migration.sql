-- CreateTable
CREATE TABLE "ExamSession" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "roomId" UUID,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "ExamSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ExamSession_roomId_idx" ON "ExamSession"("roomId");

-- CreateIndex
CREATE UNIQUE INDEX "ExamSession_planId_roomId_key" ON "ExamSession"("planId", "roomId");

-- AddForeignKey
ALTER TABLE "ExamSession" ADD CONSTRAINT "ExamSession_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamSession" ADD CONSTRAINT "ExamSession_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 七: times are "HH:MM" on the exam day and a session ends after it starts.
ALTER TABLE "ExamSession" ADD CONSTRAINT "ExamSession_times_check"
  CHECK ("startTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "endTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "startTime" < "endTime");
