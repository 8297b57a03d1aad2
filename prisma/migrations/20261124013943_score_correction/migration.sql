-- CreateTable
CREATE TABLE "ScoreCorrection" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "beforeScore" INTEGER,
    "beforeAbsent" BOOLEAN NOT NULL,
    "afterScore" INTEGER,
    "afterAbsent" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "revokedCertificateNumber" TEXT,
    "correctedById" UUID NOT NULL,
    "correctedAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScoreCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScoreCorrection_revokedCertificateNumber_key" ON "ScoreCorrection"("revokedCertificateNumber");

-- CreateIndex
CREATE INDEX "ScoreCorrection_applicationId_correctedAt_idx" ON "ScoreCorrection"("applicationId", "correctedAt");

-- AddForeignKey
ALTER TABLE "ScoreCorrection" ADD CONSTRAINT "ScoreCorrection_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───── Hand-written below: rules Prisma does not model (the drift check ignores CHECK
-- constraints, functions and triggers) ─────

-- A result is a score out of 100 or absent, never both (as Application's, 八).
ALTER TABLE "ScoreCorrection" ADD CONSTRAINT "ScoreCorrection_before_result" CHECK (
  ("beforeAbsent" AND "beforeScore" IS NULL) OR (NOT "beforeAbsent" AND "beforeScore" BETWEEN 0 AND 100));
ALTER TABLE "ScoreCorrection" ADD CONSTRAINT "ScoreCorrection_after_result" CHECK (
  ("afterAbsent" AND "afterScore" IS NULL) OR (NOT "afterAbsent" AND "afterScore" BETWEEN 0 AND 100));
ALTER TABLE "ScoreCorrection" ADD CONSTRAINT "ScoreCorrection_reason" CHECK (length(btrim("reason")) >= 2);

-- The history is append-only, like AuditLog: a wrong correction is undone by another correction.
CREATE FUNCTION "ScoreCorrection_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ScoreCorrection is append-only: % is not allowed', TG_OP
    USING HINT = 'Record another correction instead.';
END;
$$;

CREATE TRIGGER "ScoreCorrection_no_update_delete" BEFORE UPDATE OR DELETE ON "ScoreCorrection"
  FOR EACH ROW EXECUTE FUNCTION "ScoreCorrection_append_only"();
