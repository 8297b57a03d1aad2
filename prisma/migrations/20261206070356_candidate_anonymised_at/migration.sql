-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "anonymisedAt" TIMESTAMPTZ;
