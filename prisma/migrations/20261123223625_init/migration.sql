-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('CANDIDATE', 'INSTITUTION', 'STAFF');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('REVIEWER', 'FINANCE', 'EXAM_OFFICER', 'ADMIN');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('OPEN', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('INDIVIDUAL', 'INSTITUTION');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED', 'LAPSED', 'PAYMENT_SUBMITTED', 'PAYMENT_CONFIRMED', 'FORFEITED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('JUNIOR_HIGH_OR_BELOW', 'UPPER_SECONDARY', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('PHOTO', 'APPLICATION_FORM', 'PLEDGE', 'EDUCATION_PROOF', 'ID_FRONT', 'ID_BACK', 'EVIDENCE');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'CONFIRMED', 'RETURNED');

-- CreateEnum
CREATE TYPE "InstitutionDocumentKind" AS ENUM ('COMMITMENT_LETTER', 'ROSTER');

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "feeFen" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Condition" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "rule" JSONB NOT NULL,
    "evidence" TEXT,

    CONSTRAINT "Condition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Batch" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "registrationStart" DATE NOT NULL,
    "registrationEnd" DATE NOT NULL,
    "reviewStart" DATE NOT NULL,
    "reviewEnd" DATE NOT NULL,
    "paymentStart" DATE NOT NULL,
    "paymentEnd" DATE NOT NULL,
    "ticketStart" DATE NOT NULL,
    "ticketEnd" DATE NOT NULL,
    "examDate" DATE NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HolidayOverride" (
    "date" DATE NOT NULL,
    "isWorkingDay" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "HolidayOverride_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "contacts" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstitutionProject" (
    "institutionId" UUID NOT NULL,
    "projectId" UUID NOT NULL,

    CONSTRAINT "InstitutionProject_pkey" PRIMARY KEY ("institutionId","projectId")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "kind" "UserKind" NOT NULL,
    "login" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "mobile" TEXT,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "roles" "StaffRole"[],
    "institutionId" UUID,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" UUID NOT NULL,
    "idNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mobile" TEXT,
    "userId" UUID,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'OPEN',
    "statusReason" TEXT,
    "movedToPlanId" UUID,
    "noticePublishedAt" TIMESTAMPTZ,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "candidateId" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "institutionId" UUID,
    "conditionId" UUID,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "draftStep" INTEGER NOT NULL DEFAULT 0,
    "education" "EducationLevel",
    "graduatingThisYear" BOOLEAN NOT NULL DEFAULT false,
    "school" TEXT,
    "major" TEXT,
    "graduationYear" INTEGER,
    "occupation" TEXT,
    "employer" TEXT,
    "address" TEXT,
    "educationProofCase" INTEGER,
    "pledgeAcceptedAt" TIMESTAMPTZ,
    "submittedAt" TIMESTAMPTZ,
    "reviewDueDate" DATE,
    "decidedAt" TIMESTAMPTZ,
    "returnReasons" JSONB,
    "returnedSnapshot" JSONB,
    "rejectReason" TEXT,
    "ticketNumber" TEXT,
    "seat" INTEGER,
    "roomId" UUID,
    "checkedInAt" TIMESTAMPTZ,
    "score" INTEGER,
    "absent" BOOLEAN NOT NULL DEFAULT false,
    "certificateNumber" TEXT,
    "certificateIssuedAt" TIMESTAMPTZ,
    "certificateCollectedAt" TIMESTAMPTZ,
    "certificateCollectionNote" TEXT,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" "AttachmentKind" NOT NULL,
    "fileId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationEvent" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "actorId" UUID,
    "note" TEXT,
    "at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "planId" UUID NOT NULL,
    "institutionId" UUID,
    "referenceCode" TEXT NOT NULL,
    "receiptFileId" UUID,
    "payerName" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "expectedAmountFen" INTEGER NOT NULL,
    "transferDate" DATE NOT NULL,
    "proxyNote" TEXT,
    "examDateNote" DATE,
    "headCount" INTEGER NOT NULL DEFAULT 1,
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "returnReason" TEXT,
    "submittedById" UUID NOT NULL,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentItem" (
    "paymentId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,

    CONSTRAINT "PaymentItem_pkey" PRIMARY KEY ("paymentId","applicationId")
);

-- CreateTable
CREATE TABLE "BankStatementLine" (
    "id" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "date" DATE NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "payerName" TEXT NOT NULL,
    "remark" TEXT NOT NULL,
    "matchedPaymentId" UUID,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankStatementLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExamSite" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,

    CONSTRAINT "ExamSite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstitutionDocument" (
    "id" UUID NOT NULL,
    "institutionId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "kind" "InstitutionDocumentKind" NOT NULL,
    "fileId" UUID,
    "paperReceivedAt" TIMESTAMPTZ,
    "receivedById" UUID,
    "updatedAt" TIMESTAMPTZ NOT NULL,

    CONSTRAINT "InstitutionDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "institutionId" UUID,
    "applicationId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMPTZ,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffSecondFactor" (
    "userId" UUID NOT NULL,
    "totpSecret" TEXT NOT NULL,
    "recoveryCodes" TEXT[],
    "enabledAt" TIMESTAMPTZ,
    "lastUsedStep" BIGINT,

    CONSTRAINT "StaffSecondFactor_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_seq_key" ON "Project"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "Project_name_key" ON "Project"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Condition_code_key" ON "Condition"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Condition_projectId_seq_key" ON "Condition"("projectId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Batch_year_seq_key" ON "Batch"("year", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_seq_key" ON "Institution"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_name_key" ON "Institution"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_idNumber_key" ON "Candidate"("idNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_userId_key" ON "Candidate"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_batchId_projectId_key" ON "Plan"("batchId", "projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_ticketNumber_key" ON "Application"("ticketNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Application_certificateNumber_key" ON "Application"("certificateNumber");

-- CreateIndex
CREATE INDEX "Application_status_idx" ON "Application"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Application_planId_candidateId_key" ON "Application"("planId", "candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_applicationId_kind_key" ON "Attachment"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "ApplicationEvent_applicationId_at_idx" ON "ApplicationEvent"("applicationId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_referenceCode_key" ON "Payment"("referenceCode");

-- CreateIndex
CREATE INDEX "Payment_status_createdAt_idx" ON "Payment"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PaymentItem_applicationId_idx" ON "PaymentItem"("applicationId");

-- CreateIndex
CREATE INDEX "BankStatementLine_importId_idx" ON "BankStatementLine"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "ExamSite_name_key" ON "ExamSite"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Room_siteId_name_key" ON "Room"("siteId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "InstitutionDocument_institutionId_batchId_kind_key" ON "InstitutionDocument"("institutionId", "batchId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_institutionId_createdAt_idx" ON "Notification"("institutionId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_sentAt_idx" ON "OutboxEmail"("sentAt");

-- AddForeignKey
ALTER TABLE "Condition" ADD CONSTRAINT "Condition_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionProject" ADD CONSTRAINT "InstitutionProject_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstitutionProject" ADD CONSTRAINT "InstitutionProject_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "Batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "Condition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationEvent" ADD CONSTRAINT "ApplicationEvent_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentItem" ADD CONSTRAINT "PaymentItem_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_matchedPaymentId_fkey" FOREIGN KEY ("matchedPaymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "ExamSite"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───── Hand-written below: rules Prisma does not model (the drift check ignores CHECK
-- constraints, functions and triggers; tests/integration/db/drift.test.ts keeps it so) ─────

-- A score is out of 100.
ALTER TABLE "Application" ADD CONSTRAINT "Application_score_range" CHECK ("score" BETWEEN 0 AND 100);

-- AuditLog is append-only: whatever role the app connects as, rows can be inserted and read but
-- never changed or removed. (Ordinary triggers do not fire under session_replication_role =
-- replica, which only a superuser can set: the one way to wipe a test database.)
CREATE FUNCTION "AuditLog_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING HINT = 'Record a correction as a new AuditLog row.';
END;
$$;

CREATE TRIGGER "AuditLog_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "AuditLog_append_only"();

CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "AuditLog_append_only"();
