-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "certificateCollectionNoteKey" TEXT,
ADD COLUMN     "certificateCollectionNoteParams" JSONB;
