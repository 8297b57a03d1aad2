-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('DUE', 'PAID');

-- CreateTable
CREATE TABLE "Refund" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "payerName" TEXT NOT NULL,
    "payerAccount" TEXT,
    "reason" TEXT NOT NULL,
    "status" "RefundStatus" NOT NULL DEFAULT 'DUE',
    "paidOn" DATE,
    "bankReference" TEXT,
    "paidById" UUID,
    "createdAt" TIMESTAMPTZ NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Refund_status_createdAt_idx" ON "Refund"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Refund_applicationId_idx" ON "Refund"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_paymentId_applicationId_key" ON "Refund"("paymentId", "applicationId");

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
