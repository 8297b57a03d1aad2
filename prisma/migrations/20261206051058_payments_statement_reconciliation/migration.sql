-- AlterTable
ALTER TABLE "BankStatementLine" ADD COLUMN     "dismissReason" TEXT,
ADD COLUMN     "dismissedAt" TIMESTAMPTZ,
ADD COLUMN     "dismissedById" UUID,
ADD COLUMN     "linkReason" TEXT,
ADD COLUMN     "linkedById" UUID;
