-- CreateEnum
CREATE TYPE "ResumableUploadKind" AS ENUM ('ARCHIVE', 'ROSTER');

-- AlterTable
ALTER TABLE "ArchiveImport" ADD COLUMN     "fileName" TEXT,
ADD COLUMN     "kind" "ResumableUploadKind" NOT NULL DEFAULT 'ARCHIVE';
